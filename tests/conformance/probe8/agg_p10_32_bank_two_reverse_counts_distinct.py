from bank.models import Account, Transfer
from django.db.models import Count
qs = Account.objects.annotate(o=Count("outgoing", distinct=True), i=Count("incoming", distinct=True)).order_by("id")
result = (str(qs.query), [(a.owner, a.o, a.i) for a in qs])
