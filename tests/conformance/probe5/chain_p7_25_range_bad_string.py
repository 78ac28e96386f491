from blog.models import Entry
try:
    Entry.objects.filter(pub_date__range=("2006-13-01", "2007-01-01")).count()
    result = "ok"
except Exception as e:
    result = (type(e).__name__, str(e))
