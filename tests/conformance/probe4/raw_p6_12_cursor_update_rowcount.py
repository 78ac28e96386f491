from django.db import connection
with connection.cursor() as cursor:
    cursor.execute("UPDATE bank_account SET balance = balance + %s WHERE balance < %s", [5, 100])
    n = cursor.rowcount
from bank.models import Account
result = (n, list(Account.objects.order_by("id").values_list("balance", flat=True)))
