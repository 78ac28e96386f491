from blog.models import Blog
Blog.objects.create(name="C:\\temp", tagline="x")
result = list(Blog.objects.filter(name__contains="\\t").values_list("name", flat=True))
