# qs.all() returns a new QuerySet without the cache: a second query.
from blog.models import Blog

qs = Blog.objects.order_by("id")
list(qs)
qs2 = qs.all()
result = (qs2._result_cache, len(qs2), qs2._result_cache is not None)
