# annotate() before values() does not group by the values() field: one row per object.
from django.db.models import Count
from books.models import Book

a = list(Book.objects.annotate(n=Count("authors")).values("publisher_id", "n").order_by("id")[:4])
b = list(Book.objects.values("publisher_id").annotate(n=Count("authors")).order_by("publisher_id"))
result = (a, b)
