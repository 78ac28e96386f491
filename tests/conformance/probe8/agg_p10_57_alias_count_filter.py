from books.models import Author, Publisher, Book, Store
from django.db.models import Count
qs = Publisher.objects.alias(n=Count("book")).filter(n__gte=4).order_by("id")
result = (str(qs.query), [x.name for x in qs])
