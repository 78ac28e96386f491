# Unknown field in order_by() is reported when the query is compiled.
from blog.models import Entry

qs = Entry.objects.order_by("nope")
try:
    list(qs)
except Exception as exc:
    result = (type(exc).__name__, str(exc))
