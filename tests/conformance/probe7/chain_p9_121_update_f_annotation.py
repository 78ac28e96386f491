from blog.models import Entry
from django.db.models import F
from django.db import connection
try:
    n = Entry.objects.filter(id__lte=2).annotate(x=F("rating") + 1).update(rating=F("x"))
    result = (n, connection.queries[-1]["sql"])
except Exception as exc:
    result = (type(exc).__name__, str(exc))
