# alias() is usable in filter() but not selected.
from django.db.models import Count
from blog.models import Blog

qs = Blog.objects.alias(n=Count("entry")).filter(n__gte=12).order_by("id")
result = [b.name for b in qs]
