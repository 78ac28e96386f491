from django.db.models import F
from blog.models import Entry
out = []
for kw in ({"rating": F("number_of_comments")}, {"blog": F("id")}):
    try:
        Entry.objects.values(**kw)
        out.append("ok")
    except ValueError as exc:
        out.append(str(exc))
result = out
