from books.models import Author, Publisher, Book, Store
from django.db import connection
s = Store.objects.get(pk=3)
before = sorted(s.books.values_list("id", flat=True))
s.books.add(1, 2)
s.books.remove(2)
after = sorted(s.books.values_list("id", flat=True))
result = (before, after, [q["sql"] for q in connection.queries])
