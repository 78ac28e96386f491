from django.db import connection, reset_queries
from books.models import Book
reset_queries()
rows = [(b.name, len(b.authors.all())) for b in Book.objects.prefetch_related("authors").order_by("id")[:4]]
result = (rows, len(connection.queries), connection.queries[-1]["sql"])
