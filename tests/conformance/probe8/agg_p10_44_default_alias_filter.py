from books.models import Author, Publisher, Book, Store
from django.db.models import Count
qs = Book.objects.annotate(Count("authors")).filter(authors__count__gt=1).order_by("id")
result = (str(qs.query), [(b.id, b.authors__count) for b in qs])
