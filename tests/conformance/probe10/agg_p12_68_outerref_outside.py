from django.db.models import OuterRef
from blog.models import Entry
try:
    result = list(Entry.objects.filter(blog=OuterRef("pk")))
except Exception as exc:
    result = (type(exc).__name__, str(exc))
