# latest() replaces the ordering of an ordered QuerySet.
from blog.models import Entry

qs = Entry.objects.order_by("headline")
result = (qs.latest("pub_date").id, qs.earliest("-rating", "id").id)
