# a raw query leaving out fields: they are deferred and loaded on access.
from django.db import connection, reset_queries
from books.models import Book

reset_queries()
b = list(Book.objects.raw("SELECT id, name FROM books_book ORDER BY id"))[0]
d = sorted(b.get_deferred_fields())
pages = b.pages
result = (d, pages, len(connection.queries), connection.queries[-1]["sql"])
