# in_bulk() with no list loads everything (here restricted by filter).
from blog.models import Blog

result = Blog.objects.filter(id__lte=3).in_bulk()
