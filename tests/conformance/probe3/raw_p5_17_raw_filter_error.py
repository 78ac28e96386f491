# RawQuerySet has no filter()/count().
from bank.models import Account

rq = Account.objects.raw("SELECT * FROM bank_account")
out = []
for name in ("filter", "count", "iterator", "using", "prefetch_related"):
    out.append((name, hasattr(rq, name)))
result = out
