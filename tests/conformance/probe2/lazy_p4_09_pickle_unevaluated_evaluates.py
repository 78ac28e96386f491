# Pickling an unevaluated QuerySet evaluates it first (one query), the copy then needs none.
import pickle
from django.db import connection
from blog.models import Blog

qs = Blog.objects.order_by("-id")
data = pickle.dumps(qs)
n1 = len(connection.queries)
qs2 = pickle.loads(data)
names = [b.name for b in qs2]
result = (n1, len(connection.queries), names, qs._result_cache is not None)
