from bank.models import Account, Transfer
from django.db.models.functions import Greatest, Least
qs = Transfer.objects.annotate(hi=Greatest("source__balance", "target__balance"), lo=Least("source__balance", "target__balance")).order_by("id")
result = (str(qs.query), [(t.id, t.hi, t.lo) for t in qs])
