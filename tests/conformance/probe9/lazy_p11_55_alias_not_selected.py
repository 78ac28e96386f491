from django.db.models import Count
from blog.models import Blog
qs = Blog.objects.alias(n=Count("entry")).filter(n__gte=10).order_by("id")
try:
    names = [(b.name, b.n) for b in qs]
except AttributeError as exc:
    names = str(exc)
result = (str(qs.query), names)
