from books.models import Author, Publisher, Book, Store
from django.db.models import Count
qs = Book.objects.filter(authors__age__gt=40).annotate(na=Count("authors")).order_by("id")
result = (str(qs.query), [(b.id, b.na) for b in qs])
