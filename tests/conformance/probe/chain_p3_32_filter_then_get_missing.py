# filter(pk=1).get(pk=2): both conditions apply, so nothing matches.
from blog.models import Entry

try:
    Entry.objects.filter(pk=1).get(pk=2)
    outcome = "found"
except Entry.DoesNotExist as exc:
    outcome = str(exc)
result = outcome
