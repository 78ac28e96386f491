from books.models import Author, Publisher, Book, Store
from django.db.models import Count
qs = Book.objects.annotate(n=Count("authors")).exclude(n__gt=1, price__gt=30).order_by("id")
result = (str(qs.query), [b.id for b in qs])
