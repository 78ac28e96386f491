# prefetch_related('store_set') on books.
from books.models import Book

bs = list(Book.objects.prefetch_related("store_set").order_by("id")[:3])
result = [[s.name for s in b.store_set.all()] for b in bs]
