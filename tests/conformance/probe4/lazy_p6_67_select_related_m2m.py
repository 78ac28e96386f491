from blog.models import Entry
try:
    list(Entry.objects.select_related("authors"))
except Exception as exc:
    result = (type(exc).__name__, str(exc))
