from blog.models import Blog
try:
    b = Blog.objects.get(name="Nope")
except Blog.DoesNotExist:
    b = None
result = b
