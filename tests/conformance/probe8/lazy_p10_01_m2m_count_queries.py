from books.models import Author, Publisher, Book, Store
from django.db import connection
b = Book.objects.get(pk=1)
n = b.authors.count()
names = [a.name for a in b.authors.order_by("name")]
result = (n, names, [q["sql"] for q in connection.queries])
