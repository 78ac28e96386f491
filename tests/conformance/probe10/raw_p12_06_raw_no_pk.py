from blog.models import Blog
try:
    result = [b.name for b in Blog.objects.raw("SELECT name FROM blog_blog")]
except Exception as exc:
    result = (type(exc).__name__, str(exc))
