from blog.models import Blog
rqs = Blog.objects.raw("SELECT * FROM blog_blog")
out = []
for name in ("count", "filter", "exists"):
    out.append((name, hasattr(rqs, name)))
result = (out, len(rqs), bool(rqs), rqs.model_fields.keys() is not None, sorted(rqs.model_fields))
