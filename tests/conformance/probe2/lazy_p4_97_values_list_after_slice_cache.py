# Chaining on an evaluated QuerySet makes a new, unevaluated one.
from django.db import connection
from blog.models import Entry

qs = Entry.objects.filter(blog_id=1)
list(qs)
qs2 = qs.order_by("-id")
r = (qs2._result_cache, list(qs2.values_list("id", flat=True)[:2]), len(connection.queries))
result = r
