from books.models import Author, Publisher, Book, Store
from django.db.models import Sum, Count
qs = Store.objects.annotate(total=Sum("books__price"), n=Count("books")).order_by("id")
result = (str(qs.query), [(s.name, s.total, s.n) for s in qs])
