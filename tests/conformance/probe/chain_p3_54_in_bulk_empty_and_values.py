# in_bulk([]) runs no query; in_bulk on a values() QuerySet is refused.
from blog.models import Entry

out = [Entry.objects.in_bulk([])]
try:
    Entry.objects.values("id").in_bulk([1])
except Exception as exc:
    out.append("%s: %s" % (type(exc).__name__, exc))
result = out
