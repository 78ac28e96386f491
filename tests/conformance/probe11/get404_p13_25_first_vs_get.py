# first() returns None where get() raises.
from blog.models import Entry

missing_first = Entry.objects.filter(headline="nope").first()
try:
    Entry.objects.get(headline="nope")
    missing_get = "found"
except Entry.DoesNotExist as exc:
    missing_get = str(exc)
result = (missing_first, missing_get)
