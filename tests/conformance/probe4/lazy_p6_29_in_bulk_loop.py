from blog.models import Blog
blogs = Blog.objects.in_bulk([1, 2, 3])
result = sorted((k, str(v)) for k, v in blogs.items())
