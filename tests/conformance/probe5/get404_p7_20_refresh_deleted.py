from blog.models import Blog
b = Blog.objects.create(name="tmp", tagline="t")
Blog.objects.filter(pk=b.pk).delete()
try:
    b.refresh_from_db()
    result = "ok"
except Exception as e:
    result = (type(e).__name__, str(e))
