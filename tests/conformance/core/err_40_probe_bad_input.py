# Many small probes in one snippet (each: label, repr of the value or the error, query count, SQL).
from blog.models import Entry, Blog
from django.db.models import Q, F
tests = [
    lambda: Entry.objects.filter(**{"": 1}),
    lambda: Entry.objects.filter(**{"__": 1}),
    lambda: Entry.objects.filter(**{"blog____name": 1}),
    lambda: list(Entry.objects.filter(id__in=list(range(40000)))[:1]),
    lambda: Entry.objects.filter(headline=3.5).count(),
    lambda: Entry.objects.filter(id=[1, 2]).count(),
    lambda: Entry.objects.filter(pub_date="not a date").count(),
    lambda: Entry.objects.filter(rating__gt=F("nope")).count(),
    lambda: Entry.objects.order_by("nope"),
    lambda: Entry.objects.values("nope"),
    lambda: Entry.objects.filter(Q(1)),
    lambda: Entry.objects.filter(3),
    lambda: Entry.objects.all()[1:2:0],
    lambda: Entry.objects.all()[2**70],
    lambda: Entry(blog_id="x").save(),
    lambda: Entry.objects.create(headline="x" * 10**6, blog_id=1, pub_date="2020-01-01").pk > 0,
    lambda: Blog.objects.update(name=None),
    lambda: Entry.objects.get(pk=F("id")),
    lambda: Entry.objects.raw("DROP TABLE blog_entry"),
    lambda: list(Entry.objects.raw("SELECT 1")),
    lambda: Entry.objects.filter(headline__regex="(").count(),
    lambda: Entry.objects.in_bulk([1], field_name="headline"),
    lambda: Entry.objects.filter(pk__in=Entry.objects.values("id", "rating")).count(),
]
result = []
for i, t in enumerate(tests):
    try:
        r = t()
        result.append((i, "ok", repr(r)[:80]))
    except Exception as e:
        result.append((i, type(e).__name__, str(e)[:100]))
