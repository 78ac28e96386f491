from books.models import Author, Publisher, Book, Store
from django.db.models import F
qs = Book.objects.exclude(authors__age__gt=F("pages") / 10).order_by("id")
result = (str(qs.query), [b.id for b in qs])
