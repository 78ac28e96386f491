from django.db.models import Max, Min
from blog.models import Entry
try:
    r = Entry.objects.aggregate(span=Max("pub_date") - Min("pub_date"))
    result = r
except Exception as exc:
    result = (type(exc).__name__, str(exc))
