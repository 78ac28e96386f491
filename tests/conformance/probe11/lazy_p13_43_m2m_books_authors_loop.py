# Without prefetch: one query for the books, one per book for its authors.
from books.models import Book

out = []
for b in Book.objects.filter(publisher_id=2).order_by("id"):
    out.append((b.id, [a.name for a in b.authors.order_by("name")]))
result = out
