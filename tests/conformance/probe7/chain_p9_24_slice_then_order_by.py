from blog.models import Blog, Entry, Author
try:
    Entry.objects.all()[:2].order_by("id")
    result = "ok"
except Exception as exc:
    result = (type(exc).__name__, str(exc))
