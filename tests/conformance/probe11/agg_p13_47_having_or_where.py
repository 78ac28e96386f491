# Q combining an aggregate and a field with OR goes entirely to HAVING.
from django.db.models import Count, Q
from blog.models import Blog

qs = Blog.objects.annotate(n=Count("entry")).filter(Q(n__gt=20) | Q(name__startswith="E")).order_by("id")
result = (list(qs.values_list("name", "n")), str(qs.query))
