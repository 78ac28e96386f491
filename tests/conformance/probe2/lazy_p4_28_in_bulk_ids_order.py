# in_bulk() with ids in any order and some missing, plus duplicates.
from blog.models import Blog

d = Blog.objects.in_bulk([3, 1, 99, 3])
result = sorted((k, v.name) for k, v in d.items())
