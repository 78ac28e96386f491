from decimal import Decimal
from django.db.models import Sum, Value, DecimalField
from django.db.models.functions import Coalesce
from books.models import Book
a = Book.objects.filter(pages__gt=5000).aggregate(total=Coalesce(Sum("price"), Value(Decimal("0"))))
b = Book.objects.filter(pages__gt=5000).aggregate(total=Coalesce(Sum("price"), 0, output_field=DecimalField()))
result = (a, b, type(a["total"]).__name__, type(b["total"]).__name__)
