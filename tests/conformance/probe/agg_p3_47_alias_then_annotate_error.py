# An alias() cannot be used in values() / aggregate of a not-selected alias.
from django.db.models import Count, F
from blog.models import Blog

out = []
qs = Blog.objects.alias(n=Count("entry"))
for fn in (lambda: list(qs.values("n")), lambda: list(qs.order_by("-n", "id").values_list("id", flat=True)),
           lambda: list(qs.annotate(m=F("n")).order_by("id").values_list("m", flat=True))):
    try:
        out.append(fn())
    except Exception as exc:
        out.append("%s: %s" % (type(exc).__name__, exc))
result = out
