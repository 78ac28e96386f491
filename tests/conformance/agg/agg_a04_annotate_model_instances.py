# annotate() on a model queryset: instances carry the annotation.
from django.db.models import Count
from blog.models import Blog

result = [(b.name, b.entry__count) for b in Blog.objects.annotate(Count("entry")).order_by("id")]
