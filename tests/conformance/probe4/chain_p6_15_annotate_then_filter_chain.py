from django.db.models import Count, Q
from blog.models import Blog
qs = (Blog.objects
      .annotate(good=Count("entry", filter=Q(entry__rating__gte=8)))
      .filter(good__gt=0)
      .order_by("-good", "name"))
result = [(b.name, b.good) for b in qs]
