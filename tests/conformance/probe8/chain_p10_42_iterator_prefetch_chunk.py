from books.models import Author, Publisher, Book, Store
from django.db import connection
r = [(b.id, [a.id for a in b.authors.all()]) for b in Book.objects.prefetch_related("authors").order_by("id").iterator(chunk_size=5)]
result = (r, [q["sql"] for q in connection.queries])
