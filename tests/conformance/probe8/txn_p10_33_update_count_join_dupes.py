from bank.models import Account, Transfer
from django.db.models import F
n = Account.objects.filter(outgoing__amount__gt=0).update(balance=F("balance"))
m = Account.objects.filter(incoming__isnull=False).update(owner=F("owner"))
result = (n, m)
