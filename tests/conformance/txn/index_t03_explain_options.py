# Unknown explain options are refused.
from blog.models import Entry

try:
    Entry.objects.all().explain(verbose=True, analyze=True)
except Exception as exc:
    result = "%s: %s" % (type(exc).__name__, exc)
