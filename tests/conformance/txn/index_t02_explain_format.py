# SQLite supports no explain formats.
from blog.models import Entry

try:
    Entry.objects.all().explain(format="json")
except Exception as exc:
    result = "%s: %s" % (type(exc).__name__, exc)
