# objects.create() runs INSERT ... RETURNING and sets the pk.
from blog.models import Blog

b = Blog.objects.create(name="New Blog", tagline="fresh")
result = (b.pk, b.id, b, Blog.objects.count())
