# iterator() bypasses the cache: iterating two iterator() calls runs two queries.
from django.db import connection
from blog.models import Blog

qs = Blog.objects.all()
a = [b.id for b in qs.iterator()]
b = [b.id for b in qs.iterator()]
result = (a == b, len(connection.queries), qs._result_cache)
