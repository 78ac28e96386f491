# Indexing a slice: offsets add up.
from blog.models import Entry

qs = Entry.objects.order_by("id")[2:10]
result = (qs[1].id, qs[2:4][0].id)
