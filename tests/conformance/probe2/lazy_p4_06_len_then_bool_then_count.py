# len() fills the cache; bool() and count() then use it.
from django.db import connection
from blog.models import Entry

qs = Entry.objects.filter(rating__gte=7)
n = len(qs)
b = bool(qs)
c = qs.count()
result = (n, b, c, len(connection.queries))
