# A manager is not reachable from an instance.
from blog.models import Blog

b = Blog.objects.get(pk=1)
try:
    b.objects
    outcome = "reachable"
except AttributeError as exc:
    outcome = str(exc)
result = outcome
