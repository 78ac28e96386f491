# iterator() after prefetch_related() needs chunk_size.
from books.models import Book

try:
    list(Book.objects.prefetch_related("authors").iterator())
    result = "ok"
except ValueError as exc:
    result = str(exc)
