from blog.models import Blog
b = Blog.objects.get(pk=5)
Blog.objects.filter(pk=5).delete()
b.name = "Revived"
b.save()
result = list(Blog.objects.filter(pk=5).values_list("name", flat=True))
