# Watching the result cache fill, the way an instructor shows it.
from blog.models import Blog
from django.db import connection
qs = Blog.objects.order_by("id")
before = qs._result_cache is None
n = len(qs)
after = qs._result_cache is None
again = len(qs)
result = (before, after, n, again, len(connection.queries))
