from books.models import Author, Publisher, Book, Store
from django.db.models import Count
r = Book.objects.filter(publisher_id=2).aggregate(a=Count("authors"), b=Count("authors__name", distinct=True), c=Count("authors", distinct=True))
result = r
