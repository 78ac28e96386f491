# none() never touches the database, not even for count() or list().
from django.db import connection
from books.models import Book

qs = Book.objects.none()
result = (list(qs), qs.count(), qs.exists(), len(connection.queries))
