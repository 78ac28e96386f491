# first() on an unevaluated QuerySet runs LIMIT 1 and leaves the cache empty; list() queries again.
from books.models import Book

qs = Book.objects.order_by("price")
cheapest = qs.first()
empty = qs._result_cache is None
rows = list(qs)
result = (cheapest.name, empty, rows[0] == cheapest, len(rows))
