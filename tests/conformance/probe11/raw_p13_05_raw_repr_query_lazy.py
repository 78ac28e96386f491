# A RawQuerySet is lazy: creating and printing its repr runs no query.
from books.models import Book

rows = Book.objects.raw("SELECT * FROM books_book WHERE rating > %s", [4.5])
result = (repr(rows), str(rows.query), rows.params)
