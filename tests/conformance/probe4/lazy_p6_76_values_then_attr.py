from blog.models import Entry
row = Entry.objects.values("headline").first()
try:
    row.headline
except AttributeError as exc:
    result = (row, str(exc))
