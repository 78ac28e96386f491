# `in` on an evaluated QuerySet uses the cache.
from blog.models import Blog

qs = Blog.objects.filter(id__lt=3)
list(qs)
b = Blog.objects.get(pk=2)
result = (b in qs, Blog.objects.get(pk=4) in qs)
