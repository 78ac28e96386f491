# get_object_or_404 on a sliced QuerySet with kwargs: filtering after a slice is a TypeError.
from django.shortcuts import get_object_or_404
from blog.models import Entry

try:
    get_object_or_404(Entry.objects.order_by("id")[:5], pk=1)
    outcome = "found"
except Exception as exc:
    outcome = "%s: %s" % (type(exc).__name__, exc)
result = outcome
