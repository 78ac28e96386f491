from blog.models import Blog
from django.db import connection
qs = Blog.objects.order_by("id")
a = [b.id for b in qs.iterator()]
b = [b.id for b in qs.iterator()]
result = (a, b, qs._result_cache, len(connection.queries))
