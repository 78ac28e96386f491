from books.models import Author, Publisher, Book, Store
from django.db.models import Max, Count
qs = Publisher.objects.annotate(m=Max("book__store__name"), na=Count("book__authors", distinct=True)).order_by("id")
result = (str(qs.query), [(x.id, x.m, x.na) for x in qs])
