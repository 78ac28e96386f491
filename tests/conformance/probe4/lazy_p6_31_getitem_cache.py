from blog.models import Blog
qs = Blog.objects.order_by("id")
first = qs[0]
list(qs)
second = qs[1]
result = (first.name, second.name)
