from books.models import Author, Publisher, Book, Store
from django.db.models import Count, Max, Avg
qs = Book.objects.values("publisher").annotate(n=Count("authors"))
from django.db import connection
r = qs.aggregate(Max("n"), Avg("n"))
result = (r, connection.queries[-1]["sql"])
