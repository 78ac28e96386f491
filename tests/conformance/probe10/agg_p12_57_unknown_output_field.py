from django.db.models import F, Value
from books.models import Book
try:
    result = list(Book.objects.annotate(x=Value(None) + F("pages")).values_list("x", flat=True)[:1])
except Exception as exc:
    result = (type(exc).__name__, str(exc))
