# A DecimalField through a raw cursor comes back as whatever SQLite stores (no conversion).
from django.db import connection
from books.models import Book

with connection.cursor() as c:
    c.execute("SELECT price FROM books_book WHERE id = 1")
    raw = c.fetchone()[0]
orm = Book.objects.values_list("price", flat=True).get(pk=1)
result = (type(raw).__name__, raw, type(orm).__name__, orm)
