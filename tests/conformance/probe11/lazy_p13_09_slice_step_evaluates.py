# A slice with a step evaluates at once and returns a list.
from django.db import connection
from books.models import Book

r = Book.objects.order_by("id")[0:8:3]
result = (type(r).__name__, [b.id for b in r], len(connection.queries))
