# Filtering blogs by a reverse relation.
from blog.models import Blog

qs = Blog.objects.filter(entry__authors__name="Joe").distinct().order_by("id")
result = (str(qs.query), list(qs.values_list("id", flat=True)))
