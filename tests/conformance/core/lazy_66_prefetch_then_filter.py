# Filtering a prefetched relation ignores the prefetch cache and queries again.
from blog.models import Blog

b = Blog.objects.prefetch_related("entry_set").get(pk=4)
n_all = len(b.entry_set.all())
n_top = b.entry_set.filter(rating__gte=5).count()
result = (n_all, n_top)
