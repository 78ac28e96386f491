# counting books per publisher in a loop vs annotate.
from django.db import connection, reset_queries
from django.db.models import Count
from books.models import Publisher

reset_queries()
loop = {p.name: p.book_set.count() for p in Publisher.objects.all()}
n1 = len(connection.queries)
db = dict(Publisher.objects.annotate(n=Count("book")).values_list("name", "n"))
result = (loop == db, n1, len(connection.queries) - n1)
