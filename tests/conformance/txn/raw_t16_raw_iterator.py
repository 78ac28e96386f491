# iterator() runs the SQL every time and does not fill the cache.
from blog.models import Blog

qs = Blog.objects.raw("SELECT id, name FROM blog_blog ORDER BY id")
a = [b.name for b in qs.iterator()]
b = [b.name for b in qs.iterator()]
result = (a == b, qs._result_cache, len(a))
