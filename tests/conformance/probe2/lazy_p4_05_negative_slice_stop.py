# A negative slice stop is refused with ValueError before any query.
from blog.models import Entry

out = []
for sl in (slice(0, -1), slice(-3, None), slice(None, None, -1), slice(None, None, 0)):
    try:
        Entry.objects.all()[sl]
        out.append("ok")
    except (ValueError, AssertionError) as exc:
        out.append((type(exc).__name__, str(exc)))
result = out
