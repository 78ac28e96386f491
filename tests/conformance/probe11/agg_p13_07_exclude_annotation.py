# exclude() on an annotation negates the HAVING condition.
from django.db.models import Count
from blog.models import Blog

qs = Blog.objects.annotate(n=Count("entry")).exclude(n__lt=12).order_by("id")
result = (list(qs.values_list("name", "n")), str(qs.query))
