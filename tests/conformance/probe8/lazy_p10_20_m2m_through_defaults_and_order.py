from books.models import Author, Publisher, Book, Store
from django.db import connection
s = Store.objects.get(pk=3)
s.books.set([7, 8, 9], clear=True)
r = sorted(s.books.values_list("id", flat=True))
result = (r, [q["sql"] for q in connection.queries])
