from django.db.models import Count, Max
from blog.models import Blog
b = Blog.objects.annotate(Count("entry"), Max("entry__rating")).get(pk=2)
result = (b.entry__count, b.entry__rating__max)
