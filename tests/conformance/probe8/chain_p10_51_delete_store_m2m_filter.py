from books.models import Author, Publisher, Book, Store
from django.db import connection
r = Store.objects.filter(books__publisher__name="Apress").distinct().delete()
result = (r, [q["sql"] for q in connection.queries])
