# prefetch_related on a M2M: two queries.
from books.models import Book

bs = list(Book.objects.prefetch_related("authors").order_by("id")[:4])
result = [sorted(a.name for a in b.authors.all()) for b in bs]
