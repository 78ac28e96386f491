from blog.models import Blog, Entry, Author
try:
    Entry.objects.in_bulk([1], field_name="headline")
    result = "ok"
except Exception as exc:
    result = (type(exc).__name__, str(exc))
