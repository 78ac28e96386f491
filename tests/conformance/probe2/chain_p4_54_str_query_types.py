# str(qs.query) with a date, a Decimal and a bool.
from datetime import date
from decimal import Decimal
from books.models import Book

qs = Book.objects.filter(pubdate__gte=date(2000, 1, 1), price__lt=Decimal("30.50"), rating__gt=3.5)
result = (str(qs.query), qs.count())
