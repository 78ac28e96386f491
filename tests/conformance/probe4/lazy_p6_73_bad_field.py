from blog.models import Entry
try:
    Entry.objects.filter(title="x")
except Exception as exc:
    result = (type(exc).__name__, str(exc))
