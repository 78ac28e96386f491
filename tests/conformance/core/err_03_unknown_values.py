# Unknown field in values().
from blog.models import Blog

result = Blog.objects.values("name", "title")
