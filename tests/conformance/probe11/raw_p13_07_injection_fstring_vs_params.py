# A quote in the value breaks the f-string query; params handle it.
from django.db import connection
from bank.models import Account

Account.objects.create(owner="O'Brien", balance=7)
name = "O'Brien"
try:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT balance FROM bank_account WHERE owner = '{name}'")
        bad = cursor.fetchall()
except Exception as exc:
    bad = "%s: %s" % (type(exc).__name__, exc)
with connection.cursor() as cursor:
    cursor.execute("SELECT balance FROM bank_account WHERE owner = %s", [name])
    good = cursor.fetchall()
result = (bad, good)
