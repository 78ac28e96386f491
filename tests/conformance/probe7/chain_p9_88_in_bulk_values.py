from blog.models import Blog, Entry, Author
try:
    Entry.objects.values("id").in_bulk([1])
    result = "ok"
except Exception as exc:
    result = (type(exc).__name__, str(exc))
