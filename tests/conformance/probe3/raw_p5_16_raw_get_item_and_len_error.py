# RawQuerySet has no len(); indexing works.
from bank.models import Account

rq = Account.objects.raw("SELECT * FROM bank_account ORDER BY id")
try:
    len(rq)
    r = "len ok"
except TypeError as e:
    r = str(e)
result = (r, rq[1].owner)
