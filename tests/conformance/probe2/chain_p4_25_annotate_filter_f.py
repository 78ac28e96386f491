# annotate() then filter on the annotation with F().
from django.db.models import F, Count
from blog.models import Blog

qs = Blog.objects.annotate(n=Count("entry")).filter(n__gt=F("id") * 3).order_by("id")
result = (str(qs.query), list(qs.values_list("id", "n")))
