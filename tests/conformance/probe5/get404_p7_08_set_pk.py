from blog.models import Blog
b = Blog.objects.get(pk=1)
b.pk = None
b.name = "Copy"
b.save()
result = (b.pk is not None and b.pk != 1, Blog.objects.count(), Blog.objects.get(pk=1).name)
