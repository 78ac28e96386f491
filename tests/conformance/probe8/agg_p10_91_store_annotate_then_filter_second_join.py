from books.models import Author, Publisher, Book, Store
from django.db.models import Count
qs = Store.objects.annotate(n=Count("books")).filter(books__price__gt=50).order_by("id")
qs2 = Store.objects.filter(books__price__gt=50).annotate(n=Count("books")).order_by("id")
result = (str(qs.query), [(s.id, s.n) for s in qs], str(qs2.query), [(s.id, s.n) for s in qs2])
