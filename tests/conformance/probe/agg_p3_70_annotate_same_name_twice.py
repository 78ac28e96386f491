# Two default-alias aggregates with the same name, and an annotation shadowing a previous one.
from django.db.models import Count
from blog.models import Blog

out = []
for fn in (lambda: Blog.objects.annotate(Count("entry"), Count("entry")),
           lambda: list(Blog.objects.annotate(n=Count("entry")).annotate(n=Count("entry__authors")).values_list("n", flat=True))):
    try:
        r = fn()
        out.append(repr(r)[:60])
    except Exception as exc:
        out.append("%s: %s" % (type(exc).__name__, exc))
result = out
