from books.models import Author, Publisher, Book, Store
from django.db.models import Count
qs = Store.objects.annotate(n=Count("books__authors")).values_list("n", flat=True).order_by("id")
result = (str(qs.query), list(qs))
