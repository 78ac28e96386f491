# order_by("-blog") sorts by blog_id (Blog has no Meta.ordering); order_by("blog__name") joins.
from blog.models import Entry

a = list(Entry.objects.order_by("-blog", "id").values_list("id", flat=True)[:4])
b = list(Entry.objects.order_by("blog__name", "-id").values_list("id", flat=True)[:4])
result = (a, b)
