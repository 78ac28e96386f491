from bank.models import Account, Transfer
from django.db.models import Sum, Count
qs = Transfer.objects.values("source__owner").annotate(n=Count("id"), s=Sum("amount")).order_by("source__owner")
result = (str(qs.query), list(qs))
