from blog.models import Entry
try:
    Entry.objects.filter(pk=1).update(blog__name="x")
except Exception as exc:
    result = (type(exc).__name__, str(exc))
