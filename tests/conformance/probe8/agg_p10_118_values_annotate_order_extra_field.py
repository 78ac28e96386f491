from books.models import Author, Publisher, Book, Store
from django.db.models import Count
qs = Book.objects.values("publisher__name").annotate(n=Count("id")).order_by("pubdate")
result = (str(qs.query), list(qs)[:5])
