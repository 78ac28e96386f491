from books.models import Author, Publisher, Book, Store
from django.db.models import Count
qs = Book.objects.filter(authors__age__gt=30).annotate(n=Count("store")).distinct().order_by("id")
result = (str(qs.query), [(b.id, b.n) for b in qs])
