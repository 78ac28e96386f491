# get_or_create() creating: SELECT, then savepoint + INSERT.
from blog.models import Blog

obj, created = Blog.objects.get_or_create(name="Fresh", defaults={"tagline": "t"})
result = (obj.name, obj.tagline, created)
