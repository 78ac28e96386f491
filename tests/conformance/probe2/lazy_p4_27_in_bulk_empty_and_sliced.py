# in_bulk([]) runs no query; in_bulk on a slice is refused.
from django.db import connection
from blog.models import Entry

a = Entry.objects.in_bulk([])
n = len(connection.queries)
try:
    Entry.objects.all()[:3].in_bulk([1])
    b = "ok"
except TypeError as exc:
    b = str(exc)
result = (a, n, b)
