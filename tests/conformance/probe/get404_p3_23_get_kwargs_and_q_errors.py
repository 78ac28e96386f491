# get() with both a Q and kwargs, and with a wrong positional argument.
from django.db.models import Q
from blog.models import Entry

out = [Entry.objects.get(Q(blog_id=2) | Q(blog_id=3), pk=2).id]
try:
    Entry.objects.get(2)
except Exception as exc:
    out.append("%s: %s" % (type(exc).__name__, exc))
result = out
