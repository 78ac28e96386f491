from books.models import Book, Publisher, Store
from books.models import Author as BAuthor
from django.db import connection
qs = Book.objects.select_related("publisher").only("name", "publisher__name").order_by("id")[:2]
out = [(b.name, b.publisher.name) for b in qs]
result = (str(qs.query), out, len(connection.queries))
