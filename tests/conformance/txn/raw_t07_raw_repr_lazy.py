# A RawQuerySet is lazy; its repr shows the SQL with params; it caches after the first loop.
from blog.models import Blog

qs = Blog.objects.raw("SELECT * FROM blog_blog WHERE id < %s", [3])
r = repr(qs)
first = [b.name for b in qs]
second = [b.name for b in qs]
result = (r, first, second, len(qs), qs[0].name)
