from books.models import Author, Publisher, Book, Store
from django.db.models import Count, Q, Sum
result = Book.objects.aggregate(old=Count("authors", filter=Q(authors__age__gt=40)), cheap=Sum("price", filter=Q(price__lt=30)))
