# Chaining runs nothing; the one count() at the end is the only query.
from django.db import connection
from books.models import Book

qs = Book.objects.filter(rating__gte=4)
qs = qs.exclude(publisher__name="Sams")
qs = qs.order_by("pubdate")
before = len(connection.queries)
n = qs.count()
result = (before, n, len(connection.queries))
