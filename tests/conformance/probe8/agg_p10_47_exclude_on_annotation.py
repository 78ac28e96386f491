from books.models import Author, Publisher, Book, Store
from django.db.models import Count
qs = Book.objects.annotate(na=Count("authors")).exclude(na=1).order_by("id")
result = (str(qs.query), [(b.id, b.na) for b in qs])
