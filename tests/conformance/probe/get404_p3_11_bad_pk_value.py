# A non-numeric pk is a ValueError, not a 404.
from django.http import Http404
from django.shortcuts import get_object_or_404
from blog.models import Entry

try:
    get_object_or_404(Entry, pk="abc")
    outcome = "found"
except Http404:
    outcome = "404"
except Exception as exc:
    outcome = "%s: %s" % (type(exc).__name__, exc)
result = outcome
