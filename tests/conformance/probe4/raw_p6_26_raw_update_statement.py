from blog.models import Blog
try:
    result = list(Blog.objects.raw("UPDATE blog_blog SET name = name WHERE id = 1"))
except Exception as exc:
    result = (type(exc).__name__, str(exc))
