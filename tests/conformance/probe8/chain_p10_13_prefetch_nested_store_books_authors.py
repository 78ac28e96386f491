from books.models import Author, Publisher, Book, Store
from django.db import connection
qs = Store.objects.prefetch_related("books__authors").order_by("id")
result = ([(s.id, [(b.id, sorted(a.id for a in b.authors.all())) for b in s.books.all()]) for s in qs],
          len(connection.queries))
