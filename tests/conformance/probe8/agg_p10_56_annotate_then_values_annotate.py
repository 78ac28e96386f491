from books.models import Author, Publisher, Book, Store
from django.db.models import Count, Sum
qs = Book.objects.annotate(na=Count("authors")).values("na").annotate(nb=Count("id")).order_by("na")
try:
    r = (str(qs.query), list(qs))
except Exception as ex:
    r = (type(ex).__name__, str(ex))
result = r
