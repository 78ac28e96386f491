# Prefetch(..., to_attr=) stores a plain list; the manager still queries.
from django.db.models import Prefetch
from books.models import Publisher, Book

pubs = Publisher.objects.prefetch_related(
    Prefetch("book_set", queryset=Book.objects.filter(rating__gte=4.5).order_by("id"), to_attr="best")).order_by("id")
out = []
for p in pubs:
    out.append((p.name, [b.id for b in p.best], type(p.best).__name__))
result = out
