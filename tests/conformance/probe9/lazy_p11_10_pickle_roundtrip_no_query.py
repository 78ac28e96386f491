import pickle
from blog.models import Blog
from django.db import connection
qs = Blog.objects.order_by("-id")
names = [b.name for b in qs]
data = pickle.dumps(qs)
n_before = len(connection.queries)
qs2 = pickle.loads(data)
names2 = [b.name for b in qs2]
result = (names == names2, n_before, len(connection.queries), qs2._result_cache is not None)
