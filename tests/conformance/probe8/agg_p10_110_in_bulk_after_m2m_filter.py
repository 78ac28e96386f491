from books.models import Author, Publisher, Book, Store
try:
    r = sorted(Book.objects.filter(authors__age__gt=45).in_bulk())
except Exception as ex:
    r = (type(ex).__name__, str(ex))
result = r
