# DecimalField comparisons.
from decimal import Decimal
from books.models import Book

result = (list(Book.objects.filter(price__lt=Decimal("25")).order_by("id").values_list("id", flat=True)), list(Book.objects.filter(price=29.69).order_by("id").values_list("id", flat=True)))
