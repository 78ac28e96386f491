# prefetch_related on a RawQuerySet.
from books.models import Book

rows = Book.objects.raw("SELECT * FROM books_book WHERE id <= 3 ORDER BY id").prefetch_related("authors")
result = [(b.id, sorted(a.name for a in b.authors.all())) for b in rows]
