from bank.models import Account, Transfer
from django.db.models import F, Window, Sum
qs = Transfer.objects.annotate(run=Window(Sum("amount"), partition_by=F("source"), order_by=F("created").asc())).order_by("id")
result = (str(qs.query), [(t.id, t.run) for t in qs])
