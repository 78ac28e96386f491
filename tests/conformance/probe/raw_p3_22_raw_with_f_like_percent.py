# raw() with a LIKE literal and params: %% is required when params are given.
from blog.models import Blog

ok = [b.id for b in Blog.objects.raw("SELECT id FROM blog_blog WHERE name LIKE '%%Blog' AND id > %s ORDER BY id", [0])]
try:
    bad = [b.id for b in Blog.objects.raw("SELECT id FROM blog_blog WHERE name LIKE '%Blog' AND id > %s", [0])]
except Exception as exc:
    bad = "%s: %s" % (type(exc).__name__, exc)
result = (ok, bad)
