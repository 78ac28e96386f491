from blog.models import Entry
try:
    list(Entry.objects.order_by("blog_id").distinct("blog_id"))
except Exception as exc:
    result = (type(exc).__name__, str(exc))
