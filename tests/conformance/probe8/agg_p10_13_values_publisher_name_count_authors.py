from books.models import Author, Publisher, Book, Store
from django.db.models import Count
qs = Book.objects.values("publisher__name").annotate(n=Count("authors"), d=Count("authors", distinct=True)).order_by("-n", "publisher__name")
result = (str(qs.query), list(qs))
