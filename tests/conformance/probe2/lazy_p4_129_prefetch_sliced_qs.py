# prefetch_related on a sliced QuerySet prefetches for that slice only.
from blog.models import Blog

bs = list(Blog.objects.prefetch_related("entry_set").order_by("id")[1:3])
result = [(b.id, len(b.entry_set.all())) for b in bs]
