# count() on a duplicated join counts the duplicates; distinct().count() does not.
from blog.models import Blog

qs = Blog.objects.filter(entry__rating__gte=8)
result = (qs.count(), qs.distinct().count(), str(qs.distinct().query))
