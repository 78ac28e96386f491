from blog.models import Blog
rqs = Blog.objects.raw("SELECT * FROM blog_blog WHERE id > %s", [100])
out = [len(rqs), bool(rqs)]
try:
    rqs[0]
except Exception as exc:
    out.append((type(exc).__name__, str(exc)))
result = out
