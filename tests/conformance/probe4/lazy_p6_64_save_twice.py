from blog.models import Blog
b = Blog(name="T", tagline="t")
b.save()
b.tagline = "u"
b.save()
b.save(update_fields=[])
result = (b.pk, Blog.objects.get(pk=b.pk).tagline)
