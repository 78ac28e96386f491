from blog.models import Entry
try:
    Entry.objects.order_by("id")[:3].delete()
except Exception as exc:
    result = (type(exc).__name__, str(exc))
