from blog.models import Blog, Entry, Author
qs = Blog.objects.distinct().order_by("?")
result = (str(qs.query), qs.count())
