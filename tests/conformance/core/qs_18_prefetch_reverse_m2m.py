# prefetch the reverse of a M2M (Store <- Book).
from books.models import Book

result = [(b.id, [s.name for s in b.store_set.all()]) for b in Book.objects.filter(id__in=[5, 8]).prefetch_related("store_set").order_by("id")]
