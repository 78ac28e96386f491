# next() twice on iterator() then close(): one query.
from blog.models import Entry

it = Entry.objects.order_by("-rating", "pk").iterator()
a = next(it)
b = next(it)
result = (a.pk, b.pk, type(it).__name__)
