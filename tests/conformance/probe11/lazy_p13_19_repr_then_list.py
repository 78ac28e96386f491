# repr() does not fill the cache; list() afterwards runs the full query.
from books.models import Publisher

qs = Publisher.objects.order_by("name")
r = repr(qs)
names = [p.name for p in qs]
result = (r, names, len(qs._result_cache))
