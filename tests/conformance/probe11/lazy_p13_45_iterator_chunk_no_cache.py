# iterator(chunk_size=2) still runs one SELECT and leaves the cache empty.
from books.models import Book

qs = Book.objects.filter(publisher_id=3).order_by("id")
ids = [b.id for b in qs.iterator(chunk_size=2)]
result = (ids, qs._result_cache)
