from books.models import Author, Publisher, Book, Store
from django.db.models import Sum, Count, Avg, Max
result = Book.objects.filter(authors__age__gt=100).aggregate(Sum("price"), Count("id"), Avg("pages"), Max("pubdate"))
