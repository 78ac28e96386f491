# contains() with an unsaved object or another model's instance.
from blog.models import Entry, Blog

out = []
try:
    Entry.objects.contains(Entry(headline="x"))
except ValueError as exc:
    out.append(("ValueError", str(exc)))
try:
    Entry.objects.contains(Blog.objects.get(pk=1))
except TypeError as exc:
    out.append(("TypeError", str(exc)))
try:
    Entry.objects.values("id").contains(Entry.objects.get(pk=1))
except TypeError as exc:
    out.append(("TypeError", str(exc)))
result = out
