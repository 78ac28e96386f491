from books.models import Author, Publisher, Book, Store
from django.db import connection
n1 = Book.objects.filter(authors__age__gt=30).count()
n2 = Book.objects.filter(authors__age__gt=30).distinct().count()
result = (n1, n2, [q["sql"] for q in connection.queries])
