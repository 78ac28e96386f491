# values() and values_list() of the same base QuerySet are separate queries; each caches itself.
from blog.models import Blog

base = Blog.objects.order_by("id")
v = base.values("name")
vl = base.values_list("name", flat=True)
result = (list(v)[:2], list(vl)[:2], len(v), len(vl))
