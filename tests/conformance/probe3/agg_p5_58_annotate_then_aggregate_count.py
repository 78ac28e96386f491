# count() on an annotated queryset with an aggregate.
from django.db import connection, reset_queries
from django.db.models import Count
from books.models import Author

reset_queries()
n = Author.objects.annotate(n=Count("book")).filter(n__gt=1).count()
result = (n, connection.queries[0]["sql"])
