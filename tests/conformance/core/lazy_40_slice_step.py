# A slice with a step evaluates the QuerySet at once and returns a list.
from blog.models import Entry

qs = Entry.objects.order_by("id")[0:10:3]
result = (type(qs).__name__, [e.id for e in qs])
