from blog.models import Blog
try:
    Blog.objects.create(name="x", colour="red")
    result = "ok"
except Exception as e:
    result = (type(e).__name__, str(e))
