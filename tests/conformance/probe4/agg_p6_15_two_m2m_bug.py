from django.db.models import Count
from books.models import Book
qs = Book.objects.annotate(a=Count("authors"), s=Count("store")).order_by("id")[:3]
qs2 = Book.objects.annotate(a=Count("authors", distinct=True), s=Count("store", distinct=True)).order_by("id")[:3]
result = ([(b.a, b.s) for b in qs], [(b.a, b.s) for b in qs2])
