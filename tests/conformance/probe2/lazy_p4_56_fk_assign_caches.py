# Assigning an instance sets blog_id and caches it: no query to read it back.
from django.db import connection
from blog.models import Entry, Blog

e = Entry.objects.get(pk=1)
b = Blog.objects.get(pk=3)
e.blog = b
n = len(connection.queries)
result = (e.blog_id, e.blog is b, len(connection.queries) == n)
