# filter()/order_by()/exclude() after a slice.
from blog.models import Entry

out = []
qs = Entry.objects.all()[:5]
for fn in (lambda: qs.filter(rating=1), lambda: qs.exclude(rating=1), lambda: qs.order_by("id"), lambda: qs.distinct()):
    try:
        fn()
        out.append("ok")
    except TypeError as exc:
        out.append(str(exc))
result = out
