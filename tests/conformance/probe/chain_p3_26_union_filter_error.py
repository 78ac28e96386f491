# filter() after union() is not supported.
from blog.models import Blog

u = Blog.objects.filter(pk=1).union(Blog.objects.filter(pk=2))
try:
    u.filter(name="x")
    outcome = "no error"
except Exception as exc:
    outcome = "%s: %s" % (type(exc).__name__, exc)
result = (outcome, sorted(b.id for b in u), u.count())
