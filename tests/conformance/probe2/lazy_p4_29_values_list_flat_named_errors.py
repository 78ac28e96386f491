# values_list(flat=True) with two fields, and flat with named.
from blog.models import Entry

out = []
for kw in ({"flat": True}, {"flat": True, "named": True}):
    try:
        Entry.objects.values_list("id", "headline", **kw)
    except TypeError as exc:
        out.append(str(exc))
result = out
