# get(pk="abc") raises ValueError about the field, not DoesNotExist.
from books.models import Book

try:
    Book.objects.get(pk="abc")
except ValueError as exc:
    result = (type(exc).__name__, str(exc))
