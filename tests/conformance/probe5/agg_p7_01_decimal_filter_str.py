from decimal import Decimal
from books.models import Book
qs = Book.objects.filter(price=Decimal("29.69"))
result = (str(qs.query), list(qs.values_list("id", flat=True)))
