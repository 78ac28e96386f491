# [:0], [5:5] and [3:1] are empty without any query.
from blog.models import Entry

qs = Entry.objects.order_by("id")
result = (list(qs[:0]), qs[5:5].count(), list(qs[3:1]), qs[3:1].exists())
