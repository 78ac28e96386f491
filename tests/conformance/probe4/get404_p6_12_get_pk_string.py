from blog.models import Blog
result = (Blog.objects.get(pk="3").name, Blog.objects.filter(pk="2").count())
