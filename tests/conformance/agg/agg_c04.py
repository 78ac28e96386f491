# Filtering an aggregate against F() of a column, and reverse() of an annotation ordering.
from django.db.models import Count, F
from blog.models import Blog
a = list(Blog.objects.annotate(n=Count("entry")).filter(n__gt=F("id") * 5).order_by("id").values_list("id", "n"))
b = list(Blog.objects.annotate(n=Count("entry")).order_by("-n").reverse().values_list("name", flat=True))
result = (a, b)
