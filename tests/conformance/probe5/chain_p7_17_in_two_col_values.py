from blog.models import Blog, Entry
try:
    list(Entry.objects.filter(blog__in=Blog.objects.values("id", "name")))
    result = "ok"
except Exception as e:
    result = (type(e).__name__, str(e))
