# earliest() on a sliced QuerySet.
from blog.models import Entry

try:
    Entry.objects.all()[:3].earliest("pub_date")
    result = "ok"
except TypeError as exc:
    result = str(exc)
