from blog.models import Blog
result = (list(Blog.objects.filter(name__iexact="beatles blog").values_list("id", flat=True)), Blog.objects.filter(tagline__icontains="PYTHON").count())
