# reversed() on a QuerySet: evaluates it once (sequence protocol), no ORDER BY change.
from blog.models import Blog

qs = Blog.objects.order_by("id")
result = [b.id for b in reversed(qs)]
