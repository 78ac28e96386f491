# A stepped slice of a sliced QuerySet.
from blog.models import Entry

qs = Entry.objects.order_by("id")[10:20]
result = [e.id for e in qs[1:8:3]]
