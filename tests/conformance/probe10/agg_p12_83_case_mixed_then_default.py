from decimal import Decimal
from django.db.models import Case, When, Value, F, DecimalField
from books.models import Book
try:
    result = list(Book.objects.annotate(p=Case(When(pages__gt=800, then=Value(0)), default=F("price"))).values_list("p", flat=True)[:3])
except Exception as exc:
    result = (type(exc).__name__, str(exc))
qs = Book.objects.annotate(p=Case(When(pages__gt=800, then=Value(Decimal("0"))), default=F("price"))).order_by("id").values_list("p", flat=True)[4:7]
result = (result, list(qs))
