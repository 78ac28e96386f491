# count() never fills the cache: two calls, two COUNT queries.
from bank.models import Transfer

qs = Transfer.objects.all()
result = (qs.count(), qs.count(), qs._result_cache)
