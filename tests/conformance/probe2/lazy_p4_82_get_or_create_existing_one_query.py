# get_or_create() on an existing row: one SELECT.
from blog.models import Blog

obj, created = Blog.objects.get_or_create(name="Beatles Blog")
result = (obj.pk, created)
