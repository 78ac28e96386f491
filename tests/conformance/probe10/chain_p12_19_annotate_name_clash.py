from django.db.models import F
from blog.models import Entry
try:
    result = list(Entry.objects.annotate(rating=F("rating") + 1)[:1])
except Exception as exc:
    result = (type(exc).__name__, str(exc))
