from bank.models import Account, Transfer
from django.db.models import Count
qs = Account.objects.filter(outgoing__amount__gt=0).annotate(n=Count("outgoing")).filter(outgoing__amount__lt=100).order_by("id")
result = (str(qs.query), [(a.id, a.n) for a in qs])
