from blog.models import Blog
print(list(Blog.objects.order_by("name")[:3]))
