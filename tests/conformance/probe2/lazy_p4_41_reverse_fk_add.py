# blog.entry_set.add(entry): one UPDATE (bulk) of the entry's blog_id.
from blog.models import Blog, Entry

b = Blog.objects.get(pk=5)
e = Entry.objects.get(pk=1)
b.entry_set.add(e)
result = (e.blog_id, b.entry_set.count(), Entry.objects.get(pk=1).blog_id)
