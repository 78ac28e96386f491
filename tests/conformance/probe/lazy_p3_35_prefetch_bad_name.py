# prefetch_related with an unknown name fails when the QuerySet is evaluated (after the main query).
from blog.models import Blog

out = []
for name in ("nope", "name", "entry_set__nope"):
    try:
        list(Blog.objects.filter(pk=1).prefetch_related(name))
        out.append("no error")
    except Exception as exc:
        out.append("%s: %s" % (type(exc).__name__, exc))
result = out
