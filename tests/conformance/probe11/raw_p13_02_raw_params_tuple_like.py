# raw() with a LIKE pattern passed as a parameter (the % stays inside the value).
from bank.models import Account

rows = Account.objects.raw("SELECT id, owner, balance FROM bank_account WHERE owner LIKE %s ORDER BY owner", ["%a%"])
result = [a.owner for a in rows]
