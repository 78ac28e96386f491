# The same lookup prefetched twice with different querysets is an error.
from django.db.models import Prefetch
from blog.models import Blog, Entry

try:
    list(Blog.objects.filter(pk=1).prefetch_related(
        Prefetch("entry_set", queryset=Entry.objects.filter(rating=5)),
        Prefetch("entry_set", queryset=Entry.objects.filter(rating=6))))
    outcome = "no error"
except Exception as exc:
    outcome = "%s: %s" % (type(exc).__name__, exc)
result = outcome
