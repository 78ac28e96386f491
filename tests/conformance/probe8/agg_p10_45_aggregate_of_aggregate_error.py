from books.models import Author, Publisher, Book, Store
from django.db.models import Count, Sum
try:
    Book.objects.aggregate(Sum(Count("authors")))
    r = "ok"
except Exception as ex:
    r = (type(ex).__name__, str(ex))
result = r
