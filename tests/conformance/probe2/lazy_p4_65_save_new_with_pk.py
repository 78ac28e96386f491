# save() on a new object with a pk: UPDATE first, INSERT when no row matched.
from blog.models import Blog

b = Blog(id=77, name="Seventy", tagline="t")
b.save()
c = Blog(id=1, name="Over", tagline="w")
c.save()
result = (Blog.objects.get(pk=77).name, Blog.objects.get(pk=1).name, Blog.objects.count())
