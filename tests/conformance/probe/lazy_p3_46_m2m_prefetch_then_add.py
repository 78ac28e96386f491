# Adding through a prefetched M2M manager clears that prefetch cache: the next all() queries.
from blog.models import Entry

e = Entry.objects.prefetch_related("authors").get(pk=1)
before = sorted(a.id for a in e.authors.all())
e.authors.add(8)
after = sorted(a.id for a in e.authors.all())
result = (before, after)
