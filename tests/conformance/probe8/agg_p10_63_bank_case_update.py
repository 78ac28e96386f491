from bank.models import Account, Transfer
from django.db.models import Case, When, F, Value
from django.db import connection
n = Account.objects.update(balance=Case(When(balance__lt=60, then=F("balance") + 10), default=F("balance")))
result = (n, list(Account.objects.order_by("id").values_list("balance", flat=True)), connection.queries[0]["sql"])
