from decimal import Decimal
from django.db.models import Value, F, IntegerField, DecimalField
from books.models import Book
qs = Book.objects.annotate(
    one=Value(1), half=Value(Decimal("0.5")), s=Value("x"),
    price_plus=F("price") + Value(Decimal("1.00"), output_field=DecimalField()),
).order_by("id")[:1]
b = qs[0]
result = [(v, type(v).__name__) for v in (b.one, b.half, b.s, b.price_plus)]
print(qs.query)
