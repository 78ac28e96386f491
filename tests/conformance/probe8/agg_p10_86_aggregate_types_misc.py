from books.models import Author, Publisher, Book, Store
from django.db.models import Avg, Sum, Max, Min, Count
r = Book.objects.aggregate(Avg("rating"), Sum("rating"), Count("publisher"), Max("authors__name"), Min("pubdate"), Max("store__name"))
result = {k: (type(v).__name__, str(v)) for k, v in r.items()}
