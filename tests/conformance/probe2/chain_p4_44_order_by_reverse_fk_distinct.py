# Blogs ordered by a reverse FK field with distinct.
from blog.models import Blog

qs = Blog.objects.order_by("-entry__pub_date").distinct()
result = (str(qs.query), [b.id for b in qs])
