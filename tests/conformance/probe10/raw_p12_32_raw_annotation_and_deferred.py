from django.db import connection, reset_queries
from books.models import Book
reset_queries()
rqs = Book.objects.raw("SELECT id, name, pages / 100 AS hundreds FROM books_book WHERE pages > %s ORDER BY id", [900])
out = []
for b in rqs:
    out.append((b.name, b.hundreds, b.get_deferred_fields() >= {"price"}))
result = (out, len(connection.queries))
