from blog.models import Entry
try:
    Entry.objects.filter(pub_date__hour=3)
    result = "ok"
except Exception as e:
    result = (type(e).__name__, str(e))
