from bank.models import Account, Transfer
from django.db.models import F, Value
from django.db.models.functions import Concat
qs = Transfer.objects.values(pair=Concat(F("source__owner"), Value("->"), F("target__owner"))).order_by("id")
result = (str(qs.query), list(qs))
