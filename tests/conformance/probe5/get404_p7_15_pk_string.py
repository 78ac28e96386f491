from blog.models import Blog
result = (Blog.objects.get(pk="2").name, Blog.objects.filter(pk__in=["1", 3]).count())
