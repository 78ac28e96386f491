# __in with a values() queryset becomes a subquery; one query.
from django.db import connection, reset_queries
from books.models import Book, Publisher

reset_queries()
pubs = Publisher.objects.filter(name__startswith="A").values("pk")
names = list(Book.objects.filter(publisher__in=pubs).order_by("pk").values_list("name", flat=True))
result = (len(connection.queries), names, connection.queries[0]["sql"])
