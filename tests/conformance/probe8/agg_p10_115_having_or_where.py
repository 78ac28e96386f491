from books.models import Author, Publisher, Book, Store
from django.db.models import Count, Q
qs = Book.objects.annotate(n=Count("authors")).filter(Q(n__gt=2) | Q(price__gt=70)).order_by("id")
qs2 = Book.objects.annotate(n=Count("authors")).filter(n__gt=1, price__gt=30).order_by("id")
result = (str(qs.query), [b.id for b in qs], str(qs2.query), [b.id for b in qs2])
