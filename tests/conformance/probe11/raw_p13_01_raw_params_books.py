# Manager.raw() with two params on books; Decimal prices come back converted.
from books.models import Book

rows = Book.objects.raw("SELECT * FROM books_book WHERE publisher_id = %s AND pages > %s ORDER BY id", [3, 900])
result = [(b.id, b.name, b.price) for b in rows]
