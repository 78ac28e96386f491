from bank.models import Account, Transfer
from django.db.models import F
from django.db import connection
n = Transfer.objects.filter(source__owner="Dave").update(amount=F("amount") * 2)
result = (n, list(Transfer.objects.order_by("id").values_list("amount", flat=True)), connection.queries[0]["sql"])
