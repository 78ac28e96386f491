from books.models import Author, Publisher, Book, Store
from django.db.models import Count
from django.db import connection
b = Book.objects.annotate(n=Count("authors")).first()
result = (b.id, b.n, connection.queries[-1]["sql"])
