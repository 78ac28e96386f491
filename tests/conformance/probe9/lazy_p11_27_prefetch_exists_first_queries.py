from blog.models import Blog
from django.db import connection
blogs = list(Blog.objects.prefetch_related("entry_set").order_by("id"))
n = len(connection.queries)
facts = [(b.entry_set.exists(), b.entry_set.first() is None) for b in blogs]
result = (facts, n, len(connection.queries))
