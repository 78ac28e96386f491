# count() on an annotated (grouped) queryset runs over a subquery.
from django.db.models import Count
from blog.models import Blog

result = (Blog.objects.annotate(n=Count("entry")).filter(n__gt=10).count(),
          Blog.objects.annotate(n=Count("entry")).count())
