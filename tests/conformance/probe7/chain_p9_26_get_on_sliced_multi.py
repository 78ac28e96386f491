from blog.models import Blog, Entry, Author
try:
    Entry.objects.order_by("id")[0:3].get()
    result = "ok"
except Exception as exc:
    result = (type(exc).__name__, str(exc))
