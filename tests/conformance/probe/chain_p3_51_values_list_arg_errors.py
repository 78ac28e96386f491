# values_list(flat=True, named=True), annotate without alias, bad index types.
from django.db.models import F
from blog.models import Entry

out = []
for fn in (lambda: Entry.objects.values_list("id", flat=True, named=True),
           lambda: Entry.objects.annotate(F("rating") + 1),
           lambda: Entry.objects.all()[1.5],
           lambda: Entry.objects.all()["a":"b"],
           lambda: Entry.objects.values_list("id", flat=True, bogus=1)):
    try:
        out.append(repr(fn()))
    except Exception as exc:
        out.append("%s: %s" % (type(exc).__name__, exc))
result = out
