# `x in qs` fills the cache; a second test on the same qs is free.
from blog.models import Blog

qs = Blog.objects.filter(name__contains="o")
b1 = Blog.objects.get(pk=1)
b5 = Blog.objects.get(pk=5)
result = (b1 in qs, b5 in qs, len(qs._result_cache))
