# MultipleObjectsReturned with the exact count (uncaught).
from blog.models import Blog

result = Blog.objects.get(id__lt=4)
