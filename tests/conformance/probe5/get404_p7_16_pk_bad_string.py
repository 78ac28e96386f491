from blog.models import Blog
try:
    Blog.objects.get(pk="two")
    result = "ok"
except Exception as e:
    result = (type(e).__name__, str(e))
