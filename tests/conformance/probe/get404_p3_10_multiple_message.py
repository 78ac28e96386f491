# get_object_or_404 with several matches: MultipleObjectsReturned with the exact count.
from django.shortcuts import get_object_or_404
from blog.models import Entry

try:
    get_object_or_404(Entry, blog_id=5)
    outcome = "one"
except Exception as exc:
    outcome = "%s: %s" % (type(exc).__name__, exc)
try:
    get_object_or_404(Entry, pub_date__year=2010, rating__gte=1)
except Entry.MultipleObjectsReturned as exc:
    outcome2 = str(exc)
except Exception as exc:
    outcome2 = "%s: %s" % (type(exc).__name__, exc)
result = (outcome, outcome2)
