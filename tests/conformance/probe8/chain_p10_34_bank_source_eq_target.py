from bank.models import Account, Transfer
from django.db.models import F
qs = Transfer.objects.filter(source=F("target"))
result = (str(qs.query), list(qs))
