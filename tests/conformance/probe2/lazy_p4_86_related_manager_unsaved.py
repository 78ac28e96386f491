# Related managers of unsaved instances.
from blog.models import Blog, Entry

out = []
try:
    Blog(name="x").entry_set.all()
except ValueError as exc:
    out.append(str(exc))
try:
    Entry(headline="h").authors.all()
except ValueError as exc:
    out.append(str(exc))
result = out
