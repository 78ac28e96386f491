# Ordering a model queryset by an annotation.
from django.db.models import Count
from blog.models import Blog

result = [(b.name, b.n) for b in Blog.objects.annotate(n=Count("entry")).order_by("-n", "name")]
