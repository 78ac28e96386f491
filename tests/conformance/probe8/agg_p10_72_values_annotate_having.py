from books.models import Author, Publisher, Book, Store
from django.db.models import Count
qs = Book.objects.values("publisher__name").annotate(n=Count("authors")).filter(n__gt=6).order_by("publisher__name")
result = (str(qs.query), list(qs))
