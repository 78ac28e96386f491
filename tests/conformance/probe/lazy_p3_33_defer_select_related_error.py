# Deferring a FK and traversing it with select_related at once is refused.
from blog.models import Entry

try:
    list(Entry.objects.only("headline").select_related("blog"))
    outcome = "no error"
except Exception as exc:
    outcome = "%s: %s" % (type(exc).__name__, exc)
result = outcome
