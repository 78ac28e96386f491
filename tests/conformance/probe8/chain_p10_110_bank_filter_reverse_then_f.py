from bank.models import Account, Transfer
from django.db.models import F
qs = Account.objects.filter(outgoing__amount__lt=F("incoming__amount")).order_by("id")
result = (str(qs.query), [a.id for a in qs])
