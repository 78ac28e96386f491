from bank.models import Account, Transfer
from django.db.models import Sum, Count, Max
result = Transfer.objects.aggregate(total=Sum("amount"), srcs=Count("source", distinct=True), tgts=Count("target", distinct=True), richest=Max("source__balance"))
