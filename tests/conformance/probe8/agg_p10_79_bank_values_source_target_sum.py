from bank.models import Account, Transfer
from django.db.models import Sum
qs = Transfer.objects.values("source", "target").annotate(s=Sum("amount")).order_by("source", "target")
result = (str(qs.query), list(qs))
