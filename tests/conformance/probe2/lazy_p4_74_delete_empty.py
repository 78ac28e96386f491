# delete() on an empty QuerySet.
from blog.models import Blog

result = (Blog.objects.filter(pk=999).delete(), Blog.objects.none().delete())
