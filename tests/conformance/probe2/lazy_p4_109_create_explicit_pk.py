# create() with an explicit pk inserts that pk.
from blog.models import Blog

b = Blog.objects.create(id=42, name="Forty-two", tagline="t")
result = (b.pk, b._state.adding, Blog.objects.filter(pk=42).exists())
