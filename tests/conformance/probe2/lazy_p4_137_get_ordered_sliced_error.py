# get() on a sliced QuerySet with kwargs.
from blog.models import Entry

try:
    Entry.objects.all()[:5].get(pk=1)
    result = "ok"
except TypeError as exc:
    result = str(exc)
