from django.db.models import F, Max
from blog.models import Blog
qs = Blog.objects.annotate(best=Max("entry__rating"))
a = [b.name for b in qs.order_by(F("best").desc(nulls_last=True), "name")]
b = [b.name for b in qs.order_by(F("best").asc(nulls_first=True), "name")]
c = [b.name for b in qs.order_by(F("best").asc(nulls_last=True), "name")]
result = (a, b, c, str(qs.order_by(F("best").desc(nulls_last=True)).query))
