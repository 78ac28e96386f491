# first() on a prefetched (unordered) relation adds ORDER BY pk, so it queries per blog.
from blog.models import Blog

blogs = list(Blog.objects.filter(pk__lte=3).order_by("id").prefetch_related("entry_set"))
result = [b.entry_set.first().id for b in blogs]
