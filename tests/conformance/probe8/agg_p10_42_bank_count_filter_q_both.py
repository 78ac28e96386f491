from bank.models import Account, Transfer
from django.db.models import Count, Q
qs = Account.objects.annotate(big=Count("outgoing", filter=Q(outgoing__amount__gte=20)), any_in=Count("incoming")).order_by("id")
result = (str(qs.query), [(a.owner, a.big, a.any_in) for a in qs])
