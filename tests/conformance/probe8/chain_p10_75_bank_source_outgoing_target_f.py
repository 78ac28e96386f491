from bank.models import Account, Transfer
from django.db.models import F
qs = Transfer.objects.filter(source__outgoing__target=F("target")).distinct().order_by("id")
result = (str(qs.query), [t.id for t in qs])
