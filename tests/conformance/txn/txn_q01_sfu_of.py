from django.db import transaction
from blog.models import Entry
out = []
for kw in ({"of": ("self",)}, {"no_key": True}, {"skip_locked": True}, {"nowait": True}):
    try:
        with transaction.atomic():
            out.append(len(list(Entry.objects.select_for_update(**kw).filter(pk__lte=2))))
    except Exception as exc:
        out.append("%s: %s" % (type(exc).__name__, exc))
result = out
