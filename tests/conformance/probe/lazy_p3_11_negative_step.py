# A negative step is not rejected: the SQL has the limits, Python reverses the list.
from blog.models import Entry

r = Entry.objects.order_by("id")[:5:-1]
result = (type(r).__name__, [e.id for e in r])
