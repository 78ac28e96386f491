# values('blog__name').distinct() ordered.
from blog.models import Entry

qs = Entry.objects.filter(rating__gte=7).values("blog__name").distinct().order_by("blog__name")
result = (str(qs.query), list(qs))
