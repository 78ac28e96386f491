# flat=True with two fields is a TypeError raised before any query.
from books.models import Book

try:
    Book.objects.values_list("id", "name", flat=True)
    result = "ok"
except TypeError as exc:
    result = str(exc)
