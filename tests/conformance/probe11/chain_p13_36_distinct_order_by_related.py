# distinct() with order_by on a related field adds the field to SELECT DISTINCT.
from books.models import Book

qs = Book.objects.filter(authors__age__gt=40).distinct().order_by("publisher__name", "id")
result = (str(qs.query), [b.id for b in qs])
