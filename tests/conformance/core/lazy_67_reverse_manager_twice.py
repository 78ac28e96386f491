# blog.entry_set.all() is a new QuerySet each time: two queries.
from blog.models import Blog

b = Blog.objects.get(pk=4)
a = [e.id for e in b.entry_set.all()]
c = [e.id for e in b.entry_set.all()]
result = (a == c, len(a))
