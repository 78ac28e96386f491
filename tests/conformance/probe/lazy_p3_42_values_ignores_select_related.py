# values() ignores select_related(); count() drops it too.
from blog.models import Entry

qs = Entry.objects.select_related("blog").filter(pk__lte=2).order_by("id")
result = (list(qs.values("id", "headline")), qs.count())
