# raw() with fewer params than placeholders fails when iterated.
from bank.models import Account

rows = Account.objects.raw("SELECT * FROM bank_account WHERE balance > %s AND owner = %s", [10])
try:
    list(rows)
    result = "ok"
except Exception as exc:
    result = (type(exc).__name__, str(exc))
