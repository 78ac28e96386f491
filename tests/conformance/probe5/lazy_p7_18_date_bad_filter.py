from blog.models import Entry
try:
    Entry.objects.filter(pub_date="2020-02-30")
    result = "ok"
except Exception as e:
    result = (type(e).__name__, str(e))
