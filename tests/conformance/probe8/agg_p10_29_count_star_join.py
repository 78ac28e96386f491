from books.models import Author, Publisher, Book, Store
from django.db.models import Count
qs = Publisher.objects.annotate(n=Count("*")).order_by("id")
result = (str(qs.query), [(x.name, x.n) for x in qs])
