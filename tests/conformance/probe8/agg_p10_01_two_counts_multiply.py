from books.models import Author, Publisher, Book, Store
from django.db.models import Count
qs = Book.objects.annotate(na=Count("authors"), ns=Count("store")).order_by("id")
result = (str(qs.query), [(b.id, b.na, b.ns) for b in qs])
