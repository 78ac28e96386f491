# get() with no arguments on a QuerySet of one row returns it.
from blog.models import Blog

result = (Blog.objects.filter(name="Empty Blog").get(), Blog.objects.get(name__startswith="Py"))
