# select_related on a reverse FK or a M2M is refused; prefetch_related is the tool.
from blog.models import Blog, Entry

out = []
for fn in (lambda: list(Blog.objects.select_related("entry_set")),
           lambda: list(Blog.objects.select_related("entry")),
           lambda: list(Entry.objects.select_related("authors"))):
    try:
        fn()
        out.append("no error")
    except Exception as exc:
        out.append("%s: %s" % (type(exc).__name__, exc))
result = out
