from books.models import Author, Publisher, Book, Store
from django.db.models import Count
qs = Author.objects.annotate(nb=Count("book"), ns=Count("book__store", distinct=True)).order_by("id")
result = (str(qs.query), [(a.name, a.nb, a.ns) for a in qs])
