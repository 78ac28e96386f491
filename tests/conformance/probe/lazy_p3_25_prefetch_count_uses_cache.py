# After prefetch_related, entry_set.all(), count() and exists() use the prefetch cache.
from blog.models import Blog

blogs = list(Blog.objects.order_by("id").prefetch_related("entry_set"))
result = [(len(b.entry_set.all()), b.entry_set.count(), b.entry_set.exists()) for b in blogs]
