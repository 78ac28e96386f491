# Count with filter=Q(...) (conditional aggregation).
from django.db.models import Count, Q
from blog.models import Blog

result = list(Blog.objects.annotate(top=Count("entry", filter=Q(entry__rating__gte=8)),
                                    all=Count("entry")).order_by("id").values_list("name", "top", "all"))
