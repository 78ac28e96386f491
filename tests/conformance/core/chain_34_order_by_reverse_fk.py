# order_by across a reverse FK (one row per entry).
from blog.models import Blog

result = list(Blog.objects.filter(id__in=[3, 4]).order_by("-entry__rating", "id").values_list("id", flat=True)[:5])
