# annotate(Count) before values(): grouping is by the model, values just picks columns.
from django.db.models import Count
from blog.models import Blog

qs = Blog.objects.annotate(n=Count("entry")).values("name", "n").order_by("id")
result = list(qs)
