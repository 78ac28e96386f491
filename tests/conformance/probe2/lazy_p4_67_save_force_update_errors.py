# force_update without a pk; force_update with a pk that is not there; both flags.
from django.db import DatabaseError
from blog.models import Blog

out = []
try:
    Blog(name="x").save(force_update=True)
except ValueError as exc:
    out.append(str(exc))
try:
    Blog(id=500, name="x").save(force_update=True)
except DatabaseError as exc:
    out.append((type(exc).__name__, str(exc)))
try:
    Blog(id=1).save(force_insert=True, force_update=True)
except ValueError as exc:
    out.append(str(exc))
result = out
