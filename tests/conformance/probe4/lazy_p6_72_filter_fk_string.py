from blog.models import Entry
try:
    Entry.objects.filter(blog="Beatles Blog").count()
except Exception as exc:
    result = (type(exc).__name__, str(exc))
