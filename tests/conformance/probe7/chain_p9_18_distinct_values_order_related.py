from blog.models import Blog, Entry, Author
qs = Blog.objects.values("name").distinct().order_by("entry__headline")
result = (str(qs.query), list(qs))
