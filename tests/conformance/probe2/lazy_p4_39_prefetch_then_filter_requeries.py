# A prefetched relation: .all() uses the cache, .filter() and .count() on filter go to the DB.
from django.db import connection
from blog.models import Blog

blogs = list(Blog.objects.prefetch_related("entry_set").order_by("id"))
n = len(connection.queries)
a = [len(b.entry_set.all()) for b in blogs]
m = len(connection.queries)
c = [b.entry_set.filter(rating__gte=5).count() for b in blogs[:2]]
result = (n, a, m, c, len(connection.queries))
