from blog.models import Blog, Entry, Author
try:
    Entry.objects.values("id").delete()
    result = "ok"
except Exception as exc:
    result = (type(exc).__name__, str(exc))
