from blog.models import Blog
qs = Blog.objects.filter(name__contains=None)
result = str(qs.query)
