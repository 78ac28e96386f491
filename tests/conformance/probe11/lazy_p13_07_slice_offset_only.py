# A slice with only a start is OFFSET with SQLite's LIMIT -1.
from books.models import Book

qs = Book.objects.order_by("id")[9:]
result = (str(qs.query), [b.id for b in qs])
