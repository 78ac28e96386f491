from blog.models import Entry
from django.db import connection
qs = Entry.objects.select_related("blog").only("headline", "blog__name").filter(pk__in=[1, 2]).order_by("id")
out = [(e.headline, e.blog.name) for e in qs]
n = len(connection.queries)
tag = qs[0].blog.tagline
result = (str(qs.query), out, n, len(connection.queries))
