# save() with a pk that does not exist: UPDATE matches 0 rows, then INSERT.
from blog.models import Blog

b = Blog(id=50, name="Fifty", tagline="t")
b.save()
result = (b.pk, Blog.objects.count())
