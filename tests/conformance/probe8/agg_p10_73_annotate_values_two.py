from books.models import Author, Publisher, Book, Store
from django.db.models import Count
qs = Book.objects.annotate(n=Count("authors")).values("publisher__name", "n").order_by("publisher__name", "n")
result = (str(qs.query), list(qs))
