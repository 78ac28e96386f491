from blog.models import Entry, Blog
try:
    Entry.objects.all() | Blog.objects.all()
except Exception as exc:
    result = (type(exc).__name__, str(exc))
