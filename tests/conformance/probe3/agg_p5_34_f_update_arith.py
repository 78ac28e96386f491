# F() update with arithmetic and its SQL.
from django.db import connection, reset_queries
from django.db.models import F
from bank.models import Account

reset_queries()
Account.objects.filter(balance__gt=0).update(balance=F("balance") * 2 + 5)
result = (list(Account.objects.order_by("pk").values_list("balance", flat=True)), connection.queries[0]["sql"])
