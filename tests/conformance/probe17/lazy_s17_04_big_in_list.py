# A long __in list with duplicates and None: Django sends each value once,
# in first-seen order, without None (OrderedSet), and the count is lazy.
from blog.models import Entry

ids = list(range(3000, 0, -1)) * 2 + [None, 7, 7]
qs = Entry.objects.filter(id__in=ids)
print("not run yet")
result = (qs.count(), len(qs.query.sql_with_params()[1]), qs.query.sql_with_params()[1][:3])
