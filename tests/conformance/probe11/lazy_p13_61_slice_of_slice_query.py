# A slice of a slice combines the limits in SQL.
from books.models import Book

qs = Book.objects.order_by("id")[2:10][1:4]
result = (str(qs.query), [b.id for b in qs])
