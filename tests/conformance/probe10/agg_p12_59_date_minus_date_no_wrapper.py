from django.db.models import F
from blog.models import Entry
qs = Entry.objects.annotate(lag=F("mod_date") - F("pub_date")).order_by("id")[:2]
try:
    result = [(e.id, e.lag, type(e.lag).__name__) for e in qs]
except Exception as exc:
    result = (type(exc).__name__, str(exc))
