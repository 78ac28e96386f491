from django.db.models import Count
from books.models import Book
result = Book.objects.aggregate(n=Count("price", distinct=True), m=Count("price"))
