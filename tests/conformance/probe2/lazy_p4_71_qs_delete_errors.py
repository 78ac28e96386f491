# delete() on a slice, after values(), after distinct(fields) is refused.
from blog.models import Entry

out = []
for qs in (Entry.objects.all()[:2], Entry.objects.values("id"), Entry.objects.values_list("id")):
    try:
        qs.delete()
        out.append("ok")
    except TypeError as exc:
        out.append(str(exc))
result = out
