from bank.models import Account, Transfer
from django.db import connection
qs = Transfer.objects.select_related("source", "target").defer("target__balance", "created").order_by("id")
r = [(t.target.owner, t.target.balance) for t in qs]
result = (r, [q["sql"] for q in connection.queries])
