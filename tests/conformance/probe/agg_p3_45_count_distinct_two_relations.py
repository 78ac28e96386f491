# Count(distinct=True) across two relations on Blog.
from django.db.models import Count
from blog.models import Blog

qs = Blog.objects.annotate(entries=Count("entry", distinct=True), authors=Count("entry__authors", distinct=True)).order_by("id")
result = list(qs.values_list("id", "entries", "authors"))
