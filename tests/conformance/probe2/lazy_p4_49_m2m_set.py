# authors.set(): reads the current links, deletes the extra, adds the missing.
from blog.models import Entry

e = Entry.objects.get(pk=3)
before = sorted(e.authors.values_list("id", flat=True))
e.authors.set([1, 2, 8])
result = (before, sorted(e.authors.values_list("id", flat=True)))
