from blog.models import Blog
b = Blog.objects.create(name="tmp", tagline="t")
r = b.delete()
result = (r, b.pk)
