from blog.models import Blog
out = []
for b in Blog.objects.prefetch_related("entry_set").order_by("id")[:2]:
    out.append(b.entry_set.filter(rating__gte=9).count())
result = out
