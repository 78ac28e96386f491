# update() cannot reach across a relation; aggregates are not allowed in update().
from django.db.models import Max
from blog.models import Entry

out = []
for fn in (lambda: Entry.objects.update(blog__name="x"),
           lambda: Entry.objects.update(rating=Max("rating")),
           lambda: Entry.objects.update(authors=1)):
    try:
        out.append(fn())
    except Exception as exc:
        out.append("%s: %s" % (type(exc).__name__, exc))
result = out
