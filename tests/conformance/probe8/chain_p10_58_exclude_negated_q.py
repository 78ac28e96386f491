from books.models import Author, Publisher, Book, Store
from django.db.models import Q
qs = Book.objects.exclude(~Q(authors__age__gt=45)).order_by("id")
result = (str(qs.query), [b.id for b in qs])
