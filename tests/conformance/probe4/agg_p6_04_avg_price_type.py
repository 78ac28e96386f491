from django.db.models import Avg
from books.models import Book
r = Book.objects.aggregate(avg=Avg("price"))["avg"]
result = (r, type(r).__name__)
