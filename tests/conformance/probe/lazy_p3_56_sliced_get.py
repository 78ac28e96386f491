# get() on a sliced QuerySet of several rows: MultipleObjectsReturned counts within the slice.
from blog.models import Entry

try:
    Entry.objects.order_by("id")[:3].get()
    outcome = "one"
except Entry.MultipleObjectsReturned as exc:
    outcome = str(exc)
result = outcome
