from bank.models import Account, Transfer
from django.db.models import Count, Q
qs = Account.objects.annotate(o=Count("outgoing", distinct=True), i=Count("incoming", distinct=True)).filter(Q(o__gt=0) | Q(i__gt=0)).exclude(owner="Bob").order_by("id")
result = (str(qs.query), [(a.owner, a.o, a.i) for a in qs])
