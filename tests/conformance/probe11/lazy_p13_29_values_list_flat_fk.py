# values_list("publisher", flat=True) returns the fk ids, "publisher__name" the joined names.
from books.models import Book

ids = list(Book.objects.order_by("id").values_list("publisher", flat=True)[:5])
names = list(Book.objects.order_by("id").values_list("publisher__name", flat=True)[:5])
result = (ids, names)
