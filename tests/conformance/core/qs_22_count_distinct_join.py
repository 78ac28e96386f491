# count() after distinct() across a join.
from blog.models import Blog

result = (Blog.objects.filter(entry__rating__gte=8).count(), Blog.objects.filter(entry__rating__gte=8).distinct().count())
