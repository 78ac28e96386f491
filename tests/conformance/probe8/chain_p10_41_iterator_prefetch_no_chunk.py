from books.models import Author, Publisher, Book, Store
try:
    r = [b.id for b in Book.objects.prefetch_related("authors").order_by("id").iterator()][:3]
except Exception as ex:
    r = (type(ex).__name__, str(ex))
result = r
