# order_by on a related field plus a local one.
from blog.models import Entry

qs = Entry.objects.order_by("blog__name", "-pub_date", "id")
result = (str(qs.query), list(qs.values_list("id", flat=True)[:6]))
