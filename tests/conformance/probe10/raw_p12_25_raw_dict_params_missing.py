from blog.models import Blog
try:
    result = list(Blog.objects.raw("SELECT * FROM blog_blog WHERE id = %(id)s", {"pk": 1}))
except Exception as exc:
    result = (type(exc).__name__, str(exc))
