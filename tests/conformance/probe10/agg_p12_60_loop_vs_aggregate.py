from django.db import connection, reset_queries
from django.db.models import Sum, Avg
from books.models import Book
reset_queries()
total = 0
pages = []
for b in Book.objects.all():
    total += b.price
    pages.append(b.pages)
loop = (total, sum(pages) / len(pages))
n_loop = len(connection.queries)
orm = Book.objects.aggregate(total=Sum("price"), avg=Avg("pages"))
result = (loop, orm, loop == (orm["total"], orm["avg"]), n_loop, len(connection.queries))
