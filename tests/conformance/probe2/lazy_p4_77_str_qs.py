# str() of a QuerySet is its repr.
from blog.models import Blog

result = str(Blog.objects.filter(pk__lte=2).order_by("id"))
