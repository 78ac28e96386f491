# A Prefetch to_attr that clashes with a field/manager name.
from django.db.models import Prefetch
from blog.models import Blog, Entry

try:
    list(Entry.objects.filter(pk=1).prefetch_related(Prefetch("authors", to_attr="blog")))
    outcome = "no error"
except Exception as exc:
    outcome = "%s: %s" % (type(exc).__name__, exc)
result = outcome
