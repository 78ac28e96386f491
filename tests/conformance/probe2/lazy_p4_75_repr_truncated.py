# repr() of more than 20 rows: LIMIT 21 and the truncation marker.
from blog.models import Entry

qs = Entry.objects.order_by("id").values_list("id", flat=True)
r = repr(qs)
result = (r, qs._result_cache)
