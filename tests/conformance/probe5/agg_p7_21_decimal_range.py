from decimal import Decimal
from books.models import Book
qs = Book.objects.filter(price__range=(20, Decimal("30.00"))).order_by("id")
result = (str(qs.query), list(qs.values_list("id", flat=True)))
