# None with a comparison lookup is refused.
from blog.models import Entry

out = []
for kw in ({"rating__gt": None}, {"headline__contains": None}, {"pub_date__year": None}):
    try:
        list(Entry.objects.filter(**kw))
        out.append("ok")
    except ValueError as exc:
        out.append(str(exc))
result = out
