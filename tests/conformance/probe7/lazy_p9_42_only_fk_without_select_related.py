from blog.models import Blog, Entry, Author
try:
    list(Entry.objects.select_related("blog").only("headline"))
    result = "ok"
except Exception as exc:
    result = (type(exc).__name__, str(exc))
