# print(qs) runs the same LIMIT 21 query as repr() and leaves the cache empty.
from bank.models import Account

qs = Account.objects.order_by("id")
print(qs)
print(qs)
result = qs._result_cache
