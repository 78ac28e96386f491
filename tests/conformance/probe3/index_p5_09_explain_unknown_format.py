# explain(format="json") on SQLite.
from books.models import Book

try:
    Book.objects.explain(format="json")
except Exception as e:
    result = (type(e).__name__, str(e))
