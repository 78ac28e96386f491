# An annotation with the name of a field is refused.
from django.db.models import Count
from blog.models import Blog

try:
    Blog.objects.annotate(name=Count("entry"))
except ValueError as exc:
    result = str(exc)
