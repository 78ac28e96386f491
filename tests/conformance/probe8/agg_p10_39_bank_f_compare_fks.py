from bank.models import Account, Transfer
from django.db.models import F
qs = Transfer.objects.filter(amount__lt=F("source__balance") - F("target__balance")).order_by("id")
result = (str(qs.query), [t.id for t in qs])
