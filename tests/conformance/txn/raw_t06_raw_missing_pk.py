# raw() must select the primary key.
from blog.models import Blog

try:
    list(Blog.objects.raw("SELECT name FROM blog_blog"))
except Exception as exc:
    result = "%s: %s" % (type(exc).__name__, exc)
