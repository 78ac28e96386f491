from blog.models import Entry
try:
    list(Entry.objects.raw("SELECT headline FROM blog_entry LIMIT 1"))
except Exception as exc:
    result = (type(exc).__name__, str(exc))
