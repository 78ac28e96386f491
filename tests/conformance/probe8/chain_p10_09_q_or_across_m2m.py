from books.models import Author, Publisher, Book, Store
from django.db.models import Q
qs = Book.objects.filter(Q(authors__age__gt=50) | Q(store__name="Corner Shop")).distinct().order_by("id")
result = (str(qs.query), [b.id for b in qs])
