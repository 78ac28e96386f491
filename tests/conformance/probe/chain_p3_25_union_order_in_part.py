# ORDER BY inside a part of union() is not allowed on SQLite.
from blog.models import Blog

a = Blog.objects.filter(pk=1).order_by("name")
b = Blog.objects.filter(pk=2)
try:
    list(a.union(b))
    outcome = "no error"
except Exception as exc:
    outcome = "%s: %s" % (type(exc).__name__, exc)
result = outcome
