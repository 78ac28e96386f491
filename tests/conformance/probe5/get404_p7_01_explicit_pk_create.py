from blog.models import Blog
b = Blog.objects.create(id=100, name="Hundred", tagline="t")
c = Blog.objects.create(name="Next", tagline="t")
result = (b.pk, c.pk)
