# get() through a related manager that misses: the message names the related model.
from blog.models import Blog

b = Blog.objects.get(pk=1)
try:
    b.entry_set.get(headline__startswith="Zzz")
    outcome = "found"
except Exception as exc:
    outcome = "%s: %s" % (type(exc).__name__, exc)
result = outcome
