# Direct assignment to related sets is prohibited; an FK needs an instance.
from blog.models import Blog, Entry

out = []
b = Blog.objects.get(pk=1)
e = Entry.objects.get(pk=1)
for fn in (lambda: setattr(b, "entry_set", []), lambda: setattr(e, "authors", [1]),
           lambda: setattr(e, "blog", 2), lambda: Entry(blog=3)):
    try:
        fn()
        out.append("ok")
    except Exception as exc:
        out.append("%s: %s" % (type(exc).__name__, exc))
result = out
