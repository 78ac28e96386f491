# aggregate() over a values().annotate() queryset uses a subquery.
from django.db import connection, reset_queries
from django.db.models import Avg, Count
from books.models import Book

reset_queries()
r = Book.objects.values("publisher").annotate(n=Count("id")).aggregate(avg=Avg("n"))
result = (r, [q["sql"] for q in connection.queries])
