from books.models import Author, Publisher, Book, Store
from django.db.models import Count
from django.db import connection
qs = Book.objects.annotate(na=Count("authors")).filter(na__gte=2)
qs2 = qs.order_by("id")
result = (len(connection.queries), [b.id for b in qs2], len(connection.queries), qs2.count(), [q["sql"] for q in connection.queries])
