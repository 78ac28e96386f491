# Assigning an FK object sets blog_id and caches it: reading it back runs no query.
from blog.models import Blog, Entry

e = Entry.objects.get(pk=1)
b = Blog.objects.get(pk=3)
e.blog = b
result = (e.blog_id, e.blog is b)
