from books.models import Author, Publisher, Book, Store
from django.db.models import Sum, Count, Avg
from django.db import connection
s = Store.objects.get(pk=2)
p = Publisher.objects.get(pk=3)
result = (s.books.aggregate(Sum("price"), Count("authors")), p.book_set.aggregate(Avg("pages")), [q["sql"] for q in connection.queries])
