from blog.models import Blog
b = Blog.objects.filter(name__startswith="Z").first()
result = b is None
