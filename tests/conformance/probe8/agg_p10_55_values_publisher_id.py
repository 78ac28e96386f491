from books.models import Author, Publisher, Book, Store
from django.db.models import Count, Max
qs = Book.objects.values("publisher").annotate(n=Count("id"), m=Max("pubdate")).order_by("publisher")
result = (str(qs.query), list(qs))
