# Sum of price * pages (Decimal times integer) and of an integer expression.
from django.db.models import F, Sum
from books.models import Book

result = Book.objects.filter(publisher_id=1).aggregate(value=Sum(F("price") * F("pages")), pages2=Sum(F("pages") * 2))
