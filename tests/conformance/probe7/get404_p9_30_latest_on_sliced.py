from blog.models import Blog, Entry, Author
try:
    Entry.objects.all()[:3].latest("pub_date")
    result = "ok"
except Exception as exc:
    result = (type(exc).__name__, str(exc))
