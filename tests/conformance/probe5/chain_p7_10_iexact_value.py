from blog.models import Blog
qs = Blog.objects.filter(name__iexact="beatles BLOG")
result = (str(qs.query), list(qs))
