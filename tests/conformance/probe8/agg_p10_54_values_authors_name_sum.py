from books.models import Author, Publisher, Book, Store
from django.db.models import Sum
qs = Book.objects.values("authors__name").annotate(total=Sum("price")).order_by("-total", "authors__name")
result = (str(qs.query), list(qs))
