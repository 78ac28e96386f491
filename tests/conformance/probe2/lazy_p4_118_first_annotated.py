# first() on an annotated (GROUP BY) QuerySet orders by pk.
from django.db.models import Count
from blog.models import Blog

b = Blog.objects.annotate(n=Count("entry")).first()
c = Blog.objects.annotate(n=Count("entry")).order_by("-n").first()
result = ((b.id, b.n), (c.id, c.n))
