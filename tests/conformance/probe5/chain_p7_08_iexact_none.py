from blog.models import Blog
qs = Blog.objects.filter(name__iexact=None)
result = (str(qs.query), qs.count())
