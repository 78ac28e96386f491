from blog.models import Blog
r = Blog.objects.in_bulk([1, 2, 99])
result = (sorted(r), repr(r[1]))
