from django.db.models import Avg
from books.models import Book
r = Book.objects.aggregate(avg=Avg("rating"))["avg"]
result = (round(r, 2), type(r).__name__)
