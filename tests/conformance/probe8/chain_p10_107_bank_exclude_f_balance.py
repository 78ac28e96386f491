from bank.models import Account, Transfer
from django.db.models import F
qs = Account.objects.exclude(outgoing__amount__gt=F("balance") / 10).order_by("id")
result = (str(qs.query), [a.id for a in qs])
