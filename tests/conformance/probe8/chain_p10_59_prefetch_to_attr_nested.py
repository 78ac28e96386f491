from books.models import Author, Publisher, Book, Store
from django.db.models import Prefetch
from django.db import connection
qs = Store.objects.prefetch_related(Prefetch("books", queryset=Book.objects.filter(pages__gt=800).order_by("id"), to_attr="big"), "big__authors").order_by("id")
result = ([(s.id, [(b.id, sorted(a.id for a in b.authors.all())) for b in s.big]) for s in qs], [q["sql"] for q in connection.queries])
