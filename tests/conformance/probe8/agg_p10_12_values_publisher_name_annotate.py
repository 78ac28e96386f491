from books.models import Author, Publisher, Book, Store
from django.db.models import Count, Avg
qs = Book.objects.values("publisher__name").annotate(n=Count("id"), avg=Avg("price")).order_by("publisher__name")
result = (str(qs.query), list(qs))
