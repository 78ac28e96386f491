# get_or_create() finds an existing row: one SELECT.
from blog.models import Blog

obj, created = Blog.objects.get_or_create(name="Python Pulse")
result = (obj, obj.pk, created)
