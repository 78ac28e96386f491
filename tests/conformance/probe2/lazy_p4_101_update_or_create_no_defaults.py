# update_or_create() on an existing row with no defaults: Blog saves nothing, Entry saves its date fields.
from blog.models import Blog, Entry

b, c1 = Blog.objects.update_or_create(name="Python Pulse")
e, c2 = Entry.objects.update_or_create(pk=4)
a, c3 = Blog.objects.update_or_create(name="Python Pulse", defaults={"id": 3})
result = (b.pk, c1, e.pk, c2, c3)
