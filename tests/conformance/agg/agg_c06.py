# nulls_first / nulls_last on an annotation that can be NULL.
from django.db.models import Max, F
from blog.models import Blog
qs = Blog.objects.annotate(best=Max("entry__rating"))
a = list(qs.order_by(F("best").asc(nulls_first=True), "id").values_list("id", "best"))
b = list(qs.order_by(F("best").desc(nulls_last=True), "id").values_list("id", flat=True))
result = (a, b)
