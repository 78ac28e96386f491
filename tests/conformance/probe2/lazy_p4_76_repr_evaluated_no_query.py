# repr() of an evaluated QuerySet uses the cache.
from django.db import connection
from blog.models import Blog

qs = Blog.objects.order_by("id")
list(qs)
r = repr(qs)
result = (r, len(connection.queries))
