from books.models import Author, Publisher, Book, Store
from django.db.models import Count, Avg, Max
result = Book.objects.annotate(na=Count("authors")).aggregate(avg=Avg("na"), mx=Max("na"))
