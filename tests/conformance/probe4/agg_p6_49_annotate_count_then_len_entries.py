from django.db.models import Count
from blog.models import Blog
out = []
for b in Blog.objects.annotate(n=Count("entry")).order_by("id"):
    out.append((b.name, b.n, b.entry_set.count()))
result = out
