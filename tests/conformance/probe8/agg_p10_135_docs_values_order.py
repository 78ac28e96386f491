from books.models import Author, Publisher, Book, Store
from django.db.models import Avg, Count
from django.db import connection
a = list(Author.objects.values("name").annotate(average_rating=Avg("book__rating")).order_by("name"))
b = list(Author.objects.annotate(average_rating=Avg("book__rating")).values("name", "average_rating").order_by("name"))
c = [b.id for b in Book.objects.annotate(num_authors=Count("authors")).order_by("num_authors", "id")]
d = Publisher.objects.annotate(num_books=Count("book")).aggregate(Avg("num_books"))
e = list(Book.objects.values("rating").annotate(n=Count("id")).order_by("rating"))
result = (a, b, c, d, e, [q["sql"] for q in connection.queries])
