# explain() with an option SQLite does not know.
from books.models import Book

try:
    Book.objects.all().explain(analyze=True)
except ValueError as exc:
    result = str(exc)
