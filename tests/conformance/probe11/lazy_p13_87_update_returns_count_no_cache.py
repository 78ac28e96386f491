# update() returns the row count and clears the cache: the next loop queries again.
from books.models import Book

qs = Book.objects.filter(publisher_id=2)
old = [b.rating for b in qs]
n = qs.update(rating=1.0)
result = (old, n, [b.rating for b in qs])
