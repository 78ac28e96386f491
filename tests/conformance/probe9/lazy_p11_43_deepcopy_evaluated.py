import copy
from blog.models import Blog
from django.db import connection
qs = Blog.objects.order_by("id")
list(qs)
qs2 = copy.deepcopy(qs)
qs3 = copy.copy(qs)
result = (qs2._result_cache is None, qs3._result_cache is not None, len(connection.queries))
