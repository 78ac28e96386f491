from books.models import Author, Publisher, Book, Store
from django.db import connection
r = (Author.objects.filter(book__isnull=False).distinct().count(), Author.objects.filter(book__isnull=False).count())
result = (r, [q["sql"] for q in connection.queries])
