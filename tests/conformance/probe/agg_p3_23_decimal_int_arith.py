# DecimalField * integer and + IntegerField keep Decimal.
from django.db.models import F
from books.models import Book

qs = Book.objects.annotate(double=F("price") * 2, plus=F("price") + F("pages")).order_by("id")[:2]
result = list(qs.values_list("price", "double", "plus"))
