from blog.models import Blog
out = []
for b in Blog.objects.prefetch_related("entry_set").order_by("id"):
    out.append((b.name, b.entry_set.count(), b.entry_set.exists()))
result = out
