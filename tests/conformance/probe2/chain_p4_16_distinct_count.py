# distinct() with a join, count() of it.
from blog.models import Blog

qs = Blog.objects.filter(entry__rating__gte=8).distinct()
result = (str(qs.query), qs.count(), Blog.objects.filter(entry__rating__gte=8).count())
