# values() rows are dicts; the cache holds the dicts.
from books.models import Publisher

qs = Publisher.objects.order_by("id").values("name")
rows = list(qs)
result = (rows, qs._result_cache == rows, type(qs._result_cache[0]).__name__)
