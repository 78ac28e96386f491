from books.models import Author, Publisher, Book, Store
from django.db.models import Count, F
qs = Book.objects.annotate(Count("authors")).annotate(x=F("authors__count") * 2).order_by("-authors__count", "id").values("id", "authors__count", "x")[:4]
result = (str(qs.query), list(qs))
