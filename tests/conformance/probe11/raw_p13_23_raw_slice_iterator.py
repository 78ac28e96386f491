# Slicing a RawQuerySet evaluates it; iterator() streams.
from bank.models import Account

rows = Account.objects.raw("SELECT * FROM bank_account ORDER BY balance DESC")
top2 = [a.owner for a in rows[:2]]
all_ = [a.owner for a in rows.iterator()]
result = (top2, all_, rows.columns)
