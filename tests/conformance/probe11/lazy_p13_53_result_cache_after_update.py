# update() on an evaluated QuerySet resets its _result_cache; the next loop queries again.
from bank.models import Account

qs = Account.objects.filter(owner="Carol")
list(qs)
before = qs._result_cache is not None
qs.update(balance=5)
after = qs._result_cache
result = (before, after, [a.balance for a in qs])
