from books.models import Author, Publisher, Book, Store
from django.db.models import Count
p = Publisher.objects.get(pk=3)
qs = p.book_set.annotate(na=Count("authors")).order_by("id")
result = (str(qs.query), [(b.id, b.na) for b in qs])
