# authors.remove(): one DELETE from the through table.
from blog.models import Entry

e = Entry.objects.get(pk=2)
ids = sorted(e.authors.values_list("id", flat=True))
e.authors.remove(ids[0], 999)
result = (ids, sorted(e.authors.values_list("id", flat=True)))
