# repr() of sliced QuerySets: [:3] keeps LIMIT 3; [5:40] becomes LIMIT 21 OFFSET 5.
from blog.models import Entry

qs = Entry.objects.order_by("id")
a = repr(qs[:3])
b = repr(qs[5:40])
result = (a, b.count("<Entry"), b.endswith("...(remaining elements truncated)...']>"))
