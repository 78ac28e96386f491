# aggregate with arithmetic between aggregates.
from django.db.models import Max, Min, Sum, F
from books.models import Book

result = Book.objects.aggregate(spread=Max("pages") - Min("pages"), pp=Sum(F("pages") * 2))
