# next() on iterator() reads the first row; the QuerySet itself stays unevaluated.
from blog.models import Entry

qs = Entry.objects.order_by("id")
it = qs.iterator()
first = next(it)
second = next(it)
result = (first.id, second.id, qs._result_cache)
