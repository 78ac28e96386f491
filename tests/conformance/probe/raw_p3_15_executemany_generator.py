# executemany() with a generator of parameter tuples; rowcount is the total.
from django.db import connection
from bank.models import Account

with connection.cursor() as c:
    c.executemany("UPDATE bank_account SET balance = balance + %s WHERE id = %s", ((i, i) for i in (1, 2, 3)))
    rc = c.rowcount
result = (rc, list(Account.objects.order_by("id").values_list("balance", flat=True)))
