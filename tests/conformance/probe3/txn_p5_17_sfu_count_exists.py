# count()/exists() on a select_for_update queryset outside atomic.
from bank.models import Account

qs = Account.objects.select_for_update()
r = []
for f in (qs.count, qs.exists):
    try:
        r.append(f())
    except Exception as e:
        r.append(type(e).__name__)
result = r
