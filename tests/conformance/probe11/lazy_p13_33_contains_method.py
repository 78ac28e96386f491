# qs.contains(obj) asks the database (no full fetch) when the cache is empty.
from books.models import Book

b = Book.objects.get(pk=5)
qs = Book.objects.filter(publisher_id=3)
result = (qs.contains(b), Book.objects.filter(publisher_id=1).contains(b), qs._result_cache)
