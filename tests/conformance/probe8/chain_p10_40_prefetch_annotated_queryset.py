from books.models import Author, Publisher, Book, Store
from django.db.models import Prefetch, Count
from django.db import connection
qs = Publisher.objects.prefetch_related(Prefetch("book_set", queryset=Book.objects.annotate(na=Count("authors")).order_by("id"))).filter(id=1)
result = ([(p.name, [(b.id, b.na) for b in p.book_set.all()]) for p in qs], [q["sql"] for q in connection.queries])
