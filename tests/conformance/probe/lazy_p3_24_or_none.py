# qs | none() and none() | qs give qs; qs & none() is empty without a query.
from blog.models import Blog

qs = Blog.objects.filter(pk__lte=2)
result = (sorted(b.id for b in (qs | Blog.objects.none())),
          sorted(b.id for b in (Blog.objects.none() | qs)),
          list(qs & Blog.objects.none()))
