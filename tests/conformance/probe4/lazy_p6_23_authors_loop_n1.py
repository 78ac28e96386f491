from blog.models import Entry
from django.db import connection, reset_queries
reset_queries()
out = []
for e in Entry.objects.order_by("id")[:3]:
    out.append((e.id, [a.name for a in e.authors.all()]))
result = (len(connection.queries), out)
