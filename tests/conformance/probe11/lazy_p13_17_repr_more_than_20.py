# More than 20 rows: repr shows 20 and the "remaining elements" marker.
from blog.models import Entry

r = repr(Entry.objects.order_by("id").values_list("id", flat=True))
result = r
