# b.publisher_id is free; b.publisher.id costs a query.
from django.db import connection
from books.models import Book

b = Book.objects.get(pk=3)
n0 = len(connection.queries)
x = b.publisher_id
n1 = len(connection.queries)
y = b.publisher.id
n2 = len(connection.queries)
result = (x, y, n1 - n0, n2 - n1)
