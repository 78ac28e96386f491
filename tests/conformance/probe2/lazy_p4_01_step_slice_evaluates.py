# A slice with a step evaluates the QuerySet at once and returns a list.
from django.db import connection
from blog.models import Entry

qs = Entry.objects.order_by("id")
part = qs[1:10:3]
n = len(connection.queries)
result = (type(part).__name__, [e.id for e in part], n, qs._result_cache is None)
