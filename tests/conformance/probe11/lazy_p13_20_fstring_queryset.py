# A QuerySet in an f-string calls repr() (LIMIT 21) each time.
from blog.models import Blog

qs = Blog.objects.filter(id__lte=2).order_by("id")
s1 = f"{qs}"
s2 = f"blogs: {qs!r}"
result = (s1, s2)
