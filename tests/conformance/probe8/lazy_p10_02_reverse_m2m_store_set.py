from books.models import Author, Publisher, Book, Store
from django.db import connection
b = Book.objects.get(pk=5)
result = ([s.name for s in b.store_set.order_by("id")], b.store_set.exists(), [q["sql"] for q in connection.queries])
