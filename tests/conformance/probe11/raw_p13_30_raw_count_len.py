# RawQuerySet has no count(); len() runs the query.
from bank.models import Account

rows = Account.objects.raw("SELECT * FROM bank_account")
try:
    n = rows.count()
except AttributeError as exc:
    n = str(exc)
result = (n, len(rows))
