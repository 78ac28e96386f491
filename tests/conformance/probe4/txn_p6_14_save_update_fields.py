from blog.models import Blog
b = Blog.objects.get(pk=1)
b.name = "Renamed"
b.tagline = "not saved"
b.save(update_fields=["name"])
result = Blog.objects.values_list("name", "tagline").get(pk=1)
