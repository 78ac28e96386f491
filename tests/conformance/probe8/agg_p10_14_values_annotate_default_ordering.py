from books.models import Author, Publisher, Book, Store
from django.db.models import Count
qs = Book.objects.values("publisher__name").annotate(n=Count("id"))
result = (str(qs.query), sorted(qs, key=lambda d: d["publisher__name"]))
