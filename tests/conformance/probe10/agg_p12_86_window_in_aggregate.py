from django.db.models import Sum, Window, F
from django.db.models.functions import Rank
from books.models import Book
try:
    result = Book.objects.annotate(r=Window(Rank(), order_by=F("price").desc())).aggregate(t=Sum("r"))
except Exception as exc:
    result = (type(exc).__name__, str(exc))
