from books.models import Author, Publisher, Book, Store
from django.db.models import Count, Sum
result = Publisher.objects.annotate(n=Count("book")).aggregate(total=Sum("n"))
