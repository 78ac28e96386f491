# Slicing a sliced QuerySet combines the limits: [5:20][2:4] is LIMIT 2 OFFSET 7.
from blog.models import Entry

qs = Entry.objects.order_by("id")[5:20][2:4]
result = [e.id for e in qs]
