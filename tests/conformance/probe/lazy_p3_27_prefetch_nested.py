# Nested prefetch "entry_set__authors": three queries in all.
from blog.models import Blog

out = []
for b in Blog.objects.filter(pk__in=[1, 4]).order_by("id").prefetch_related("entry_set__authors"):
    out.append((b.name, sorted((e.id, sorted(a.name for a in e.authors.all())) for e in b.entry_set.all())[:3]))
result = out
