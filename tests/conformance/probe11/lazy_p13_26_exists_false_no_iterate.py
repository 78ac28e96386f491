# exists() on an empty filter: one query and the loop never runs.
from bank.models import Account

qs = Account.objects.filter(balance__lt=0)
out = []
if qs.exists():
    out = [a.owner for a in qs]
result = (out, qs._result_cache)
