from books.models import Author, Publisher, Book, Store
from django.db.models import Count
a = Book.objects.filter(publisher_id=1).annotate(n=Count("authors")).values_list("id", "n")
b = Book.objects.filter(publisher_id=2).annotate(n=Count("store")).values_list("id", "n")
qs = a.union(b).order_by("-n", "id")
result = (str(qs.query), list(qs))
