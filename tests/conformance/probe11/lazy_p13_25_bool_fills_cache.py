# bool(qs) / `if qs:` fetches all rows and fills the cache; later loops reuse it.
from books.models import Book

qs = Book.objects.filter(publisher__name="Apress").order_by("id")
out = []
if qs:
    for b in qs:
        out.append(b.id)
result = (out, qs._result_cache is not None)
