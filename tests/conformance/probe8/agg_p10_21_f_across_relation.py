from books.models import Author, Publisher, Book, Store
from django.db.models import F
qs = Book.objects.filter(authors__age__gt=F("pages") / 10).order_by("id").distinct()
result = (str(qs.query), [b.id for b in qs])
