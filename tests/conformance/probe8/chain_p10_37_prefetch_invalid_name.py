from books.models import Author, Publisher, Book, Store
try:
    list(Book.objects.prefetch_related("writers"))
    r = "ok"
except Exception as ex:
    r = (type(ex).__name__, str(ex))
result = r
