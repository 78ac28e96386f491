# last() on a sliced QuerySet cannot reverse it.
from blog.models import Entry

try:
    Entry.objects.order_by("id")[:5].last()
    result = "ok"
except TypeError as exc:
    result = str(exc)
