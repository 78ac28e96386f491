# exclude() with OR of a reverse-FK condition and a local one.
from django.db.models import Q
from blog.models import Blog

qs = Blog.objects.exclude(Q(entry__rating__gte=10) | Q(name__startswith="E"))
result = (sorted(qs.values_list("id", flat=True)), str(qs.query))
