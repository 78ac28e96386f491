# Wrong value types in filters: numbers, FK given a name, None with a comparison lookup.
from blog.models import Entry

out = []
for kw in ({"rating__gt": "abc"}, {"blog": "Django Diary"}, {"rating__gt": None}, {"pub_date__year": "20x"},
           {"pub_date": 2024}):
    try:
        out.append(Entry.objects.filter(**kw).count())
    except Exception as exc:
        out.append("%s: %s" % (type(exc).__name__, exc))
result = out
