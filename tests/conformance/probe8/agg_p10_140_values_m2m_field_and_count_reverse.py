from books.models import Author, Publisher, Book, Store
from django.db.models import Count
qs = Author.objects.values("book__publisher__name").annotate(n=Count("id", distinct=True), b=Count("book")).order_by("book__publisher__name")
result = (str(qs.query), list(qs))
