# qs.all() on an evaluated QuerySet is a fresh clone without the cache: it queries again.
from blog.models import Blog

qs = Blog.objects.order_by("id")
a = [b.name for b in qs]
Blog.objects.filter(pk=5).update(name="Renamed")
b = [b.name for b in qs]
c = [b.name for b in qs.all()]
result = (a[-1], b[-1], c[-1])
