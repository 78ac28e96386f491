from blog.models import Entry
from django.db import connection, reset_queries
reset_queries()
out = [e.headline for e in Entry.objects.only("headline").order_by("id")[:3]]
n1 = len(connection.queries)
e = Entry.objects.only("headline").get(pk=1)
r = e.rating
result = (out, n1, r, len(connection.queries))
