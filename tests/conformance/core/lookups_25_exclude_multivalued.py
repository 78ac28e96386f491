# exclude() across a multi-valued relation uses a subquery.
from blog.models import Blog

result = list(Blog.objects.exclude(entry__rating=10).order_by("id").values_list("id", flat=True))
