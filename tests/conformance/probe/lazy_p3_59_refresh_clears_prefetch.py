# refresh_from_db() clears the prefetch cache of the instance: the next all() queries.
from blog.models import Blog

b = Blog.objects.prefetch_related("entry_set").get(pk=4)
a = len(b.entry_set.all())
b.refresh_from_db()
c = len(b.entry_set.all())
result = (a, c)
