# prefetch_related on a reverse FK: two queries in total.
from blog.models import Blog

out = []
for b in Blog.objects.order_by("id").prefetch_related("entry_set"):
    out.append((b.name, len(b.entry_set.all())))
result = out
