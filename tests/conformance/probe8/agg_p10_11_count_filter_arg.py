from books.models import Author, Publisher, Book, Store
from django.db.models import Count, Q
qs = Publisher.objects.annotate(n=Count("book"), good=Count("book", filter=Q(book__rating__gt=4))).order_by("id")
result = (str(qs.query), [(x.name, x.n, x.good) for x in qs])
