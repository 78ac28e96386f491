# prefetch_related() on an evaluated QuerySet makes a new clone: both queries run again.
from blog.models import Blog

qs = Blog.objects.filter(pk__lte=2).order_by("id")
list(qs)
qs2 = qs.prefetch_related("entry_set")
result = [len(b.entry_set.all()) for b in qs2]
