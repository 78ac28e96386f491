from blog.models import Entry
try:
    result = Entry.objects.filter(rating=5).count().explain()
except AttributeError as exc:
    result = str(exc)
