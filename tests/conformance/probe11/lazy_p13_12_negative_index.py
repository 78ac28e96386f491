# Negative indexing is refused even on an evaluated QuerySet.
from books.models import Book

qs = Book.objects.order_by("id")
list(qs)
try:
    qs[-1]
    result = "ok"
except ValueError as exc:
    result = str(exc)
