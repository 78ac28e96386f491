# earliest()/latest() with no field and no get_latest_by in Meta.
from blog.models import Entry

out = []
for name in ("earliest", "latest"):
    try:
        getattr(Entry.objects, name)()
    except ValueError as exc:
        out.append(str(exc))
result = out
