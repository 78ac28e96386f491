from django.db.models import Sum
from django.db.models.functions import Coalesce
from books.models import Book
try:
    result = Book.objects.aggregate(total=Coalesce(Sum("price"), 0))
except Exception as exc:
    result = (type(exc).__name__, str(exc))
