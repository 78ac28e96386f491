from books.models import Author, Publisher, Book, Store
from django.db.models import Q
qs = Book.objects.filter(Q(authors__age__gt=40) & Q(authors__age__lt=50)).order_by("id")
qs2 = Book.objects.filter(~Q(authors__age__gt=45)).order_by("id")
result = (str(qs.query), [b.id for b in qs], str(qs2.query), [b.id for b in qs2])
