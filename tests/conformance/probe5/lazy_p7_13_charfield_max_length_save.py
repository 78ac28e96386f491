from blog.models import Blog
b = Blog.objects.create(name="x" * 150, tagline="t")
result = len(Blog.objects.get(pk=b.pk).name)
