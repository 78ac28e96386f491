from blog.models import Blog
try:
    list(Blog.objects.raw("SELECT name FROM blog_blog"))
except Exception as exc:
    result = (type(exc).__name__, str(exc))
