# entry.authors.set() computes the difference: removes and adds.
from blog.models import Entry

e = Entry.objects.get(pk=15)
e.authors.set([1, 2, 8])
result = list(e.authors.order_by("id").values_list("id", flat=True))
