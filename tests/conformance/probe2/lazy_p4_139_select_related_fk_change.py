# A select_related object is replaced when the FK is assigned.
from blog.models import Entry, Blog

e = Entry.objects.select_related("blog").get(pk=1)
e.blog = Blog.objects.get(pk=2)
result = (e.blog.name, e.blog_id)
