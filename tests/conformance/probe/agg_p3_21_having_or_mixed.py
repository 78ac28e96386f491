# HAVING with OR between an aggregate and a plain column (both go to HAVING).
from django.db.models import Count, Q
from blog.models import Blog

qs = Blog.objects.annotate(n=Count("entry")).filter(Q(n__gt=12) | Q(name__startswith="E")).order_by("id")
result = (list(qs.values_list("name", "n")), str(qs.query))
