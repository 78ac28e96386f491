from decimal import Decimal
from books.models import Book
qs = Book.objects.filter(price__in=[Decimal("29.69"), 30, "75.00"]).order_by("id")
result = (str(qs.query), list(qs.values_list("id", flat=True)))
