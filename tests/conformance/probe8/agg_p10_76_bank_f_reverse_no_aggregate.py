from bank.models import Account, Transfer
from django.db.models import F
qs = Account.objects.annotate(t=F("outgoing__target__owner"), amt=F("outgoing__amount")).order_by("id")
result = (str(qs.query), [(a.owner, a.t, a.amt) for a in qs])
