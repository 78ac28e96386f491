from blog.models import Blog
rqs = Blog.objects.raw("SELECT * FROM blog_blog ORDER BY id")
try:
    result = rqs[-1].name
except Exception as exc:
    result = (type(exc).__name__, str(exc))
