from django.db.models import F, Value, DecimalField
from decimal import Decimal
from django.db.models.functions import Abs, Sign, Power
from books.models import Book
b = Book.objects.annotate(d=Abs(F("price") - Value(Decimal("40.00"))), s=Sign(F("price") - Value(Decimal("40.00"))), p=Power("price", 2)).get(pk=2)
result = [(v, type(v).__name__) for v in (b.d, b.s, b.p)]
