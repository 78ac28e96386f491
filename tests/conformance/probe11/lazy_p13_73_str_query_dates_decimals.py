# str(qs.query) with a date, a Decimal and a list: values are not quoted.
from datetime import date
from decimal import Decimal
from books.models import Book

qs = Book.objects.filter(pubdate__gte=date(2008, 1, 1), price__lt=Decimal("40.00"), publisher_id__in=[1, 3])
result = str(qs.query)
