# get() without arguments on a one-row QuerySet.
from blog.models import Blog

result = (Blog.objects.filter(pk=3).get().name, Blog.objects.filter(name__startswith="Emp").get().pk)
