from django.db.models import Sum, Avg, Max, Min
from books.models import Book
result = Book.objects.aggregate(Sum("price"), Avg("price"), Max("price"), Min("price"))
