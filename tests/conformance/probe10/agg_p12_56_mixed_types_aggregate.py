from django.db.models import Sum, F
from books.models import Book
try:
    result = Book.objects.aggregate(x=Sum(F("price") * F("pages")))
except Exception as exc:
    result = (type(exc).__name__, str(exc))
