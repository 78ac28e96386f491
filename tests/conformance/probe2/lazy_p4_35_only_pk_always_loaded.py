# only() always loads the primary key; defer of the pk is ignored.
from blog.models import Blog

b = Blog.objects.only("name").get(pk=1)
c = Blog.objects.defer("id").get(pk=1)
result = (sorted(b.get_deferred_fields()), sorted(c.get_deferred_fields()))
