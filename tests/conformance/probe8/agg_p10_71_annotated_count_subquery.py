from books.models import Author, Publisher, Book, Store
from django.db.models import Count
from django.db import connection
qs = Book.objects.annotate(n=Count("authors")).filter(n__gt=1)
result = (qs.count(), qs.exists(), [q["sql"] for q in connection.queries])
