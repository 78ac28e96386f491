from books.models import Author, Publisher, Book, Store
from django.db.models import Count
qs = Book.objects.annotate(n=Count("store")).order_by("-n", "id")[:3]
result = (str(qs.query), [(b.id, b.n) for b in qs])
