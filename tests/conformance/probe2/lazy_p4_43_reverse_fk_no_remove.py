# A non-null foreign key's reverse manager has no remove() or clear().
from blog.models import Blog

b = Blog.objects.get(pk=1)
out = []
for name in ("remove", "clear", "set"):
    out.append(hasattr(b.entry_set, name))
try:
    b.entry_set.remove
except AttributeError as exc:
    out.append(str(exc))
result = out
