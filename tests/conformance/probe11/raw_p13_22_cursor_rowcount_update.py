# rowcount after an UPDATE through the cursor; the ORM sees the change.
from django.db import connection
from bank.models import Account

with connection.cursor() as cursor:
    cursor.execute("UPDATE bank_account SET balance = balance + %s WHERE balance < %s", [5, 100])
    n = cursor.rowcount
result = (n, list(Account.objects.order_by("id").values_list("balance", flat=True)))
