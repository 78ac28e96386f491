from books.models import Book
from django.db.models import Count
out = []
for make in (lambda: [b.id for b in Book.objects.annotate(n=Count("authors")).only("n")][:2],
             lambda: [b.id for b in Book.objects.annotate(n=Count("authors")).prefetch_related("n")][:2]):
    try:
        out.append(make())
    except Exception as ex:
        out.append((type(ex).__name__, str(ex)))
result = out
