# QuerySet.delete() across several blogs: the collector's queries and the per-model counts.
from blog.models import Blog

result = Blog.objects.filter(id__in=[3, 5]).delete()
