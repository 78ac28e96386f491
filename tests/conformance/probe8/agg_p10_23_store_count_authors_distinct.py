from books.models import Author, Publisher, Book, Store
from django.db.models import Count
qs = Store.objects.annotate(na=Count("books__authors", distinct=True), nb=Count("books", distinct=True)).order_by("id")
result = (str(qs.query), [(s.name, s.na, s.nb) for s in qs])
