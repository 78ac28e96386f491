# bulk_update() refuses unsaved objects, primary keys and empty field lists.
from blog.models import Blog

out = []
for fn in (lambda: Blog.objects.bulk_update([Blog(name="x")], ["name"]),
           lambda: Blog.objects.bulk_update(list(Blog.objects.all()[:1]), ["id"]),
           lambda: Blog.objects.bulk_update(list(Blog.objects.all()[:1]), []),
           lambda: Blog.objects.bulk_update([], ["name"])):
    try:
        out.append(fn())
    except Exception as exc:
        out.append("%s: %s" % (type(exc).__name__, exc))
result = out
