from django.db.models import F
from books.models import Book
try:
    r = list(Book.objects.annotate(x=F("price") + F("pages")).order_by("id").values_list("x", flat=True)[:2])
    result = [repr(v) for v in r]
except Exception as e:
    result = (type(e).__name__, str(e))
