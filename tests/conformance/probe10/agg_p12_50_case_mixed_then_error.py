from django.db.models import Case, When, Value, F
from books.models import Book
try:
    result = list(Book.objects.annotate(x=Case(When(pages__gt=500, then=F("price")), default=F("rating"))).values_list("x", flat=True)[:3])
except Exception as exc:
    result = (type(exc).__name__, str(exc))
