from books.models import Author, Publisher, Book, Store
from django.db import connection
r = (Store.objects.filter(books__authors__age__gt=51).exists(), Store.objects.filter(books__authors__age__gt=60).exists())
result = (r, [q["sql"] for q in connection.queries])
