from blog.models import Entry
try:
    list(Entry.objects.prefetch_related("writers")[:2])
except Exception as exc:
    result = (type(exc).__name__, str(exc))
