from books.models import Author, Publisher, Book, Store
from django.db.models import Count
qs = Book.objects.annotate(n=Count("authors")).exclude(store__name="Amazon").order_by("id")
qs2 = Book.objects.filter(store__name="Barnes & Noble").exclude(store__name="Corner Shop").order_by("id")
result = (str(qs.query), [(b.id, b.n) for b in qs], str(qs2.query), [b.id for b in qs2])
