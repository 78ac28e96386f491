from django.db.models import F, Min
from blog.models import Blog
qs = Blog.objects.values("name").annotate(first=Min("entry__pub_date")).order_by(F("first").asc(nulls_last=True))
result = (list(qs), str(qs.query))
