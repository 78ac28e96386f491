# Changing blog_id invalidates the cached blog: the next e.blog queries.
from blog.models import Entry

e = Entry.objects.select_related("blog").get(pk=1)
first = e.blog.name
e.blog_id = 3
second = e.blog.name
result = (first, second)
