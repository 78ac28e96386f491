from books.models import Book, Publisher, Store
from books.models import Author as BAuthor
from django.db.models import Prefetch
from django.db import connection
qs = Publisher.objects.prefetch_related(Prefetch("book_set", queryset=Book.objects.order_by("-price", "name")[:1], to_attr="dear")).order_by("id")
out = [(p.id, [b.name for b in p.dear]) for p in qs]
result = (out, connection.queries[-1]["sql"])
