# After list(qs), indexing and slicing read the cache, also for values().
from blog.models import Blog

qs = Blog.objects.order_by("name").values("id", "name")
list(qs)
result = (qs[0], qs[4], qs[1:3])
