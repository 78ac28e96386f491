from books.models import Author, Publisher, Book, Store
from django.db import connection
qs = Book.objects.prefetch_related("authors", "store_set").filter(publisher_id=1).order_by("id")
result = ([(b.id, [a.id for a in b.authors.all()], [s.id for s in b.store_set.all()]) for b in qs],
          [q["sql"] for q in connection.queries])
