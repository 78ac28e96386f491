# A sliced QuerySet evaluated twice: one query.
from django.db import connection
from blog.models import Entry

qs = Entry.objects.order_by("id")[:3]
a = list(qs)
b = list(qs)
result = (a == b, len(connection.queries))
