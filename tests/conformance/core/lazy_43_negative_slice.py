# A negative slice bound raises too.
from blog.models import Entry

try:
    Entry.objects.all()[-3:]
except ValueError as exc:
    result = (type(exc).__name__, str(exc))
