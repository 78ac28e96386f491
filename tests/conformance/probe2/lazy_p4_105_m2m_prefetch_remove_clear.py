# remove() and clear() on a prefetched M2M drop the cache.
from blog.models import Entry

e = Entry.objects.prefetch_related("authors").get(pk=1)
a = len(e.authors.all())
ids = [x.id for x in e.authors.all()]
e.authors.remove(ids[0])
b = len(e.authors.all())
e2 = Entry.objects.prefetch_related("authors").get(pk=1)
e2.authors.clear()
result = (a, b, list(e2.authors.all()))
