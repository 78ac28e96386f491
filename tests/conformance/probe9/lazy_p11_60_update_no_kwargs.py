from blog.models import Entry
try:
    result = Entry.objects.filter(rating=10).update()
except Exception as exc:
    result = (type(exc).__name__, str(exc))
