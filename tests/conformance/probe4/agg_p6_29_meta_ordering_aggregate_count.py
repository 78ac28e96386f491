from django.db.models import Count
from books.models import Book
qs = Book.objects.values("publisher__name").annotate(n=Count("id")).order_by()
result = sorted(qs, key=lambda d: d["publisher__name"])
