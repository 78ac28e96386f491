# repr() of values_list with more than 20 rows.
from blog.models import Entry

result = repr(Entry.objects.order_by("id").values_list("id", flat=True))
