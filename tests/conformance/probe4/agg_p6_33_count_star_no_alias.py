from django.db.models import Count
from blog.models import Entry
try:
    result = Entry.objects.aggregate(Count("*"))
except Exception as exc:
    result = (type(exc).__name__, str(exc))
