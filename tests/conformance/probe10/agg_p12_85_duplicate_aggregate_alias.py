from django.db.models import Count, Sum
from blog.models import Entry
r = Entry.objects.aggregate(Count("id"), n=Count("id"), s=Sum("rating"))
try:
    Entry.objects.annotate(n=Count("authors")).aggregate(n=Sum("rating"))
    clash = None
except Exception as exc:
    clash = (type(exc).__name__, str(exc))
result = (r, clash)
