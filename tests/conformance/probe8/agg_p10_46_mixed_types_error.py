from books.models import Author, Publisher, Book, Store
from django.db.models import F, Sum
try:
    r = list(Book.objects.annotate(x=F("price") * F("rating")).values_list("x", flat=True)[:2])
except Exception as ex:
    r = (type(ex).__name__, str(ex))
result = r
