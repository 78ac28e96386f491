from blog.models import Entry
try:
    Entry.objects.order_by("id")[-1]
except Exception as exc:
    result = (type(exc).__name__, str(exc))
