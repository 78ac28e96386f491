from blog.models import Blog
result = (Blog.objects.filter(name__startswith="D").explain(), Blog.objects.filter(name__icontains="blog").explain())
