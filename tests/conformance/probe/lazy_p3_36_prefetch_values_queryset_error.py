# A Prefetch queryset cannot be a values() queryset.
from django.db.models import Prefetch
from blog.models import Blog, Entry

try:
    Blog.objects.prefetch_related(Prefetch("entry_set", queryset=Entry.objects.values("id")))
    outcome = "no error"
except Exception as exc:
    outcome = "%s: %s" % (type(exc).__name__, exc)
result = outcome
