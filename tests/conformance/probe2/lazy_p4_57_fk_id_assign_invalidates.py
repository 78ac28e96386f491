# Changing blog_id after the blog was loaded: the next read queries the new blog.
from blog.models import Entry

e = Entry.objects.get(pk=1)
first = e.blog.name
e.blog_id = 4
second = e.blog.name
result = (first, second)
