# Instances as dict keys after refetch.
from blog.models import Blog

d = {b: b.name for b in Blog.objects.all()}
result = (len(d), d[Blog.objects.get(pk=2)])
