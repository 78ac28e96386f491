# F() across a relation: transfers larger than a tenth of the source balance.
from django.db.models import F
from bank.models import Transfer

qs = Transfer.objects.filter(amount__gt=F("source__balance") / 10)
result = (list(qs.values_list("id", flat=True)), str(qs.query))
