# exclude() across a reverse FK: blogs with no entry rated 10 (a NOT IN subquery).
from blog.models import Blog

result = list(Blog.objects.exclude(entry__rating=10).order_by("id").values_list("name", flat=True))
