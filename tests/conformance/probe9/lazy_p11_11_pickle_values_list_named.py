import pickle
from blog.models import Blog
qs = Blog.objects.order_by("id").values_list("id", "name", named=True)
rows = list(qs)
try:
    data = pickle.dumps(qs)
    back = pickle.loads(data)
    result = ("ok", [tuple(r) for r in back])
except Exception as exc:
    result = (type(exc).__name__, str(exc)[:80])
