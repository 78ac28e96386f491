# exists() drops ordering and keeps distinct.
from blog.models import Blog

result = Blog.objects.filter(entry__rating=10).distinct().order_by("name").exists()
