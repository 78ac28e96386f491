# entry.authors.remove() deletes link rows.
from blog.models import Entry

e = Entry.objects.get(pk=15)
before = list(e.authors.order_by("id").values_list("id", flat=True))
e.authors.remove(before[0])
result = (before, list(e.authors.order_by("id").values_list("id", flat=True)))
