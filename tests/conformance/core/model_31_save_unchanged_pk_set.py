# save() on an instance built with an existing pk tries UPDATE first.
from blog.models import Blog

b = Blog(id=2, name="Overwritten", tagline="t")
b.save()
result = list(Blog.objects.filter(pk=2).values("name", "tagline"))
