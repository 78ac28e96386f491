from bank.models import Account, Transfer
from django.db.models import Q
qs = Account.objects.filter(Q(outgoing__amount__gt=20) | Q(incoming__amount__gt=20)).distinct().order_by("id")
result = (str(qs.query), [a.owner for a in qs])
