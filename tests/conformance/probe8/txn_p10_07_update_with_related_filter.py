from bank.models import Account, Transfer
from django.db.models import F
from django.db import connection
n = Account.objects.filter(incoming__amount__gte=20).update(balance=F("balance") + 1)
result = (n, list(Account.objects.order_by("id").values_list("balance", flat=True)), [q["sql"] for q in connection.queries])
