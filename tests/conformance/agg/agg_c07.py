# Greatest/Least with Decimal and Value, Coalesce with a default string.
from django.db.models import Value, DecimalField
from django.db.models.functions import Greatest, Coalesce, Least
from books.models import Book
from decimal import Decimal
a = list(Book.objects.annotate(p=Greatest("price", Value(Decimal("30.00")))).order_by("id").values_list("id", "p")[:3])
b = list(Book.objects.annotate(p=Least("pages", 300)).order_by("id").values_list("p", flat=True)[:3])
result = (a, b)
