# prefetch_related(None) clears the lookups.
from blog.models import Blog

qs = Blog.objects.prefetch_related("entry_set").prefetch_related(None)
bs = list(qs.order_by("id")[:2])
result = [b.entry_set.count() for b in bs]
