from blog.models import Blog
try:
    result = [b.name for b in Blog.objects.raw("SELECT * FROM blog_blog WHERE id IN %s", [(1, 2)])]
except Exception as exc:
    result = (type(exc).__name__, str(exc))
