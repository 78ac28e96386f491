# latest()/earliest() on an empty QuerySet raise DoesNotExist.
from blog.models import Entry

try:
    Entry.objects.filter(rating__gt=100).latest("pub_date")
    outcome = "found"
except Entry.DoesNotExist as exc:
    outcome = str(exc)
result = outcome
