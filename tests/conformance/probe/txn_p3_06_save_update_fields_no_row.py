# save(update_fields=...) on a row that vanished: DatabaseError; force_update on a new object too.
from django.db import DatabaseError
from blog.models import Blog

b = Blog.objects.get(pk=5)
Blog.objects.filter(pk=5).delete()
out = []
try:
    b.save(update_fields=["name"])
except DatabaseError as exc:
    out.append("%s: %s" % (type(exc).__name__, exc))
try:
    Blog(id=77, name="x", tagline="").save(force_update=True)
except DatabaseError as exc:
    out.append("%s: %s" % (type(exc).__name__, exc))
result = out
