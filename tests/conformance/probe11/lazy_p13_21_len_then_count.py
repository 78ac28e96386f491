# len(qs) fetches every row and fills the cache; count() after it needs no query.
from books.models import Book

qs = Book.objects.filter(rating__gte=4)
n = len(qs)
result = (n, qs.count(), n == qs.count())
