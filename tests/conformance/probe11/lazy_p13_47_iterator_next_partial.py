# next() on an iterator fetches lazily; abandoning it leaves the QuerySet unevaluated.
from blog.models import Entry

it = Entry.objects.order_by("id").iterator()
first = next(it)
second = next(it)
result = (first.id, second.id)
