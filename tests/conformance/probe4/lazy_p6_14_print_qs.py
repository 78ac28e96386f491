from blog.models import Blog
print(Blog.objects.all())
result = None
