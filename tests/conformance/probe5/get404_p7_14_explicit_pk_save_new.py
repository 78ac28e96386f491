from blog.models import Blog
b = Blog(id=42, name="FortyTwo", tagline="t")
b.save()
result = (b.pk, Blog.objects.get(pk=42).name, b._state.adding)
