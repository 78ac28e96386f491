from blog.models import Blog
try:
    Blog.objects.latest()
    result = "ok"
except Exception as e:
    result = (type(e).__name__, str(e))
