# distinct(*fields) is PostgreSQL only: SQLite raises NotSupportedError when compiled.
from blog.models import Entry

qs = Entry.objects.order_by("blog_id").distinct("blog_id")
try:
    list(qs)
    outcome = "no error"
except Exception as exc:
    outcome = "%s: %s" % (type(exc).__name__, exc)
result = outcome
