# select_related with an unknown name and with a non-relational field.
from blog.models import Entry

out = []
for name in ("nope", "headline", "blog__nope"):
    try:
        list(Entry.objects.select_related(name)[:1])
        out.append("no error")
    except Exception as exc:
        out.append("%s: %s" % (type(exc).__name__, exc))
result = out
