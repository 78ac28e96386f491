from blog.models import Entry
try:
    Entry.objects.filter(rating__greater=5)
except Exception as exc:
    result = (type(exc).__name__, str(exc))
