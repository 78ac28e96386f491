from django.db.models import Sum, F, DecimalField, ExpressionWrapper
from books.models import Book
r = Book.objects.aggregate(t=Sum(F("price") * 2))
result = (repr(r["t"]), type(r["t"]).__name__)
