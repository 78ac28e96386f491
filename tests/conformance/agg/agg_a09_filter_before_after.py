# filter() before annotate() restricts what is counted; after it filters groups.
from django.db.models import Count
from blog.models import Blog

a = list(Blog.objects.filter(entry__rating__gt=5).annotate(n=Count("entry")).order_by("id").values_list("id", "n"))
b = list(Blog.objects.annotate(n=Count("entry")).filter(entry__rating__gt=5).order_by("id").values_list("id", "n"))
result = (a, b)
