from blog.models import Blog
try:
    Blog.objects.get(pk="abc")
except Exception as exc:
    result = (type(exc).__name__, str(exc))
