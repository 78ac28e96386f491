from books.models import Author, Publisher, Book, Store
from django.db.models import Sum
qs = Book.objects.values("store__name").annotate(t=Sum("price")).order_by("store__name")
result = (str(qs.query), list(qs))
