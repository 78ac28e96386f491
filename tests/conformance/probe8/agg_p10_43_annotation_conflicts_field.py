from books.models import Author, Publisher, Book, Store
from django.db.models import Count
try:
    Book.objects.annotate(authors=Count("authors"))
    r = "ok"
except Exception as ex:
    r = (type(ex).__name__, str(ex))
result = r
