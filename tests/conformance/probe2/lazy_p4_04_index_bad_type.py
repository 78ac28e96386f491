# Indexing with a string or a float is a TypeError naming the type.
from blog.models import Entry

qs = Entry.objects.all()
out = []
for key in ("a", 1.5, None):
    try:
        qs[key]
    except TypeError as exc:
        out.append(str(exc))
result = out
