from books.models import Author, Publisher, Book, Store
from django.db.models import Avg, Count, Q
from django.db import connection
a = [(b.name, b.num_authors) for b in Book.objects.filter(name__startswith="Django").annotate(num_authors=Count("authors"))]
b = Book.objects.filter(name__startswith="Python").aggregate(Avg("price"))
c = sorted(b.name for b in Book.objects.annotate(num_authors=Count("authors")).filter(num_authors__gt=1))
highly_rated = Count("book", filter=Q(book__rating__gte=4.5))
d = [(x.name, x.num_books, x.highly_rated_books) for x in Author.objects.annotate(num_books=Count("book"), highly_rated_books=highly_rated).order_by("name")]
result = (a, b, c, d, [q["sql"] for q in connection.queries])
