# iterator(chunk_size=2) with prefetch_related: one prefetch query per chunk.
from blog.models import Blog

out = []
for b in Blog.objects.order_by("id").prefetch_related("entry_set").iterator(chunk_size=2):
    out.append((b.id, len(b.entry_set.all())))
result = out
