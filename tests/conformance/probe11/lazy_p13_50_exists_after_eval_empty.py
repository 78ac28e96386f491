# exists() on an evaluated empty QuerySet answers False from the cache.
from django.db import connection
from books.models import Book

qs = Book.objects.filter(pages__gt=5000)
list(qs)
n = len(connection.queries)
result = (qs.exists(), qs.count(), bool(qs), len(connection.queries) - n)
