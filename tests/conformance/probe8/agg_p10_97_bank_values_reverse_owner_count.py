from bank.models import Account, Transfer
from django.db.models import Count
qs = Account.objects.values("outgoing__target__owner").annotate(n=Count("id")).order_by("outgoing__target__owner")
result = (str(qs.query), list(qs))
