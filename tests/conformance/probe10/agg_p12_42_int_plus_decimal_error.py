from django.db.models import F
from books.models import Book
try:
    result = list(Book.objects.annotate(x=F("price") + F("rating")).values_list("x", flat=True)[:2])
except Exception as exc:
    result = (type(exc).__name__, str(exc))
