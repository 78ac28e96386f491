from books.models import Author, Publisher, Book, Store
try:
    r = list(Book.objects.prefetch_related("authors").values("id")[:2])
except Exception as ex:
    r = (type(ex).__name__, str(ex))
result = r
