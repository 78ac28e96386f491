# len(blog.entry_set.all()) twice without prefetch: two queries (the manager never caches).
from blog.models import Blog

b = Blog.objects.get(pk=3)
result = (len(b.entry_set.all()), len(b.entry_set.all()))
