# Pickling an unevaluated QuerySet runs its query first.
import pickle
from blog.models import Blog

qs = Blog.objects.order_by("id")
qs2 = pickle.loads(pickle.dumps(qs))
result = (list(qs2), qs2._result_cache is not None)
