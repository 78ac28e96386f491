# Manager.raw with params: the SQL in connection.queries has the value quoted.
from django.db import connection, reset_queries
from books.models import Book

reset_queries()
rows = list(Book.objects.raw("SELECT * FROM books_book WHERE pages > %s ORDER BY id", [500]))
result = ([b.name for b in rows], connection.queries[0]["sql"])
