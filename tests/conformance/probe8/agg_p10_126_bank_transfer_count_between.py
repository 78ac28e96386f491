from bank.models import Account, Transfer
from django.db.models import Count, F
qs = Transfer.objects.values("source__owner", "target__owner").annotate(n=Count("id"), tot=Count("source__outgoing")).order_by("source__owner")
result = (str(qs.query), list(qs))
