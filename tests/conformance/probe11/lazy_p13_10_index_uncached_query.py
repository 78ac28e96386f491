# Indexing an unevaluated QuerySet runs LIMIT 1 OFFSET n every time.
from books.models import Book

qs = Book.objects.order_by("-pages")
a = qs[2]
b = qs[2]
result = (a.name, b.name, qs._result_cache is None)
