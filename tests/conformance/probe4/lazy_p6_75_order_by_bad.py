from blog.models import Entry
try:
    list(Entry.objects.order_by("date"))
except Exception as exc:
    result = (type(exc).__name__, str(exc))
