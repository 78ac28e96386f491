# update_or_create() through the reverse manager.
from blog.models import Blog

b = Blog.objects.get(pk=2)
e = b.entry_set.order_by("id").first()
obj, created = b.entry_set.update_or_create(pk=e.pk, defaults={"rating": 9})
result = (created, obj.rating, b.entry_set.get(pk=e.pk).rating)
