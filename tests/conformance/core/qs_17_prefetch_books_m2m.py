# prefetch M2M authors of books, then read names.
from books.models import Book

result = [(b.id, sorted(a.name for a in b.authors.all())) for b in Book.objects.filter(id__lte=4).prefetch_related("authors").order_by("id")]
