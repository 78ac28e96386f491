from bank.models import Account, Transfer
from django.db import connection
accs = list(Account.objects.order_by("id"))
for a in accs:
    a.balance += 1
n = Account.objects.bulk_update(accs, ["balance"])
result = (n, list(Account.objects.order_by("id").values_list("balance", flat=True)), [q["sql"] for q in connection.queries][1:])
