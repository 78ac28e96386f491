from books.models import Author, Publisher, Book, Store
from django.db.models import Avg, Count
from django.db import connection
a = [(p.name, p.num_books) for p in Publisher.objects.annotate(num_books=Count("book", distinct=True)).filter(book__rating__gt=3.0).order_by("name")]
b = [(p.name, p.num_books) for p in Publisher.objects.filter(book__rating__gt=3.0).annotate(num_books=Count("book")).order_by("name")]
c = [(p.name, round(p.avg_rating, 4)) for p in Publisher.objects.annotate(avg_rating=Avg("book__rating")).filter(book__rating__gt=3.0).order_by("name")]
d = [(p.name, round(p.avg_rating, 4)) for p in Publisher.objects.filter(book__rating__gt=3.0).annotate(avg_rating=Avg("book__rating")).order_by("name")]
result = (a, b, c, d, [q["sql"] for q in connection.queries])
