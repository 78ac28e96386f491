from blog.models import Entry
try:
    Entry.objects.filter(rating="five")
    result = "ok"
except Exception as e:
    result = (type(e).__name__, str(e))
