# iterator() with prefetch_related and chunk_size: prefetches per chunk.
from blog.models import Blog

res = [(b.id, len(b.entry_set.all())) for b in Blog.objects.prefetch_related("entry_set").order_by("id").iterator(chunk_size=2)]
result = res
