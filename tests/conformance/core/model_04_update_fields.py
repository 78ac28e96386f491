# save(update_fields=[...]) only writes those columns.
from blog.models import Blog

b = Blog.objects.get(pk=1)
b.name = "Renamed"
b.tagline = "not saved"
b.save(update_fields=["name"])
result = Blog.objects.filter(pk=1).values_list("name", "tagline")[0]
