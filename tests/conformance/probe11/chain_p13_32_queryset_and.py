# qs1 & qs2 ANDs the conditions.
from books.models import Book

a = Book.objects.filter(publisher_id=1) & Book.objects.filter(rating__gte=4.5)
result = (str(a.query), sorted(b.id for b in a))
