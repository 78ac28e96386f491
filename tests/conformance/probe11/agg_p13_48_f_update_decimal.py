# update(price=F("price") * Decimal("1.1")) keeps two decimals on read.
from decimal import Decimal
from django.db.models import F
from books.models import Book

Book.objects.filter(pk__in=[1, 2]).update(price=F("price") * Decimal("1.1"))
result = list(Book.objects.filter(pk__in=[1, 2]).order_by("id").values_list("price", flat=True))
