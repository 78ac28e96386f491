from blog.models import Blog
print(Blog.objects)
print(Blog.objects.all().count)
result = str(Blog.objects)
