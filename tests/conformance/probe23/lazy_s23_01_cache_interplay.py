# What uses the result cache and what queries again.
from django.db import connection
from blog.models import Entry
qs = Entry.objects.filter(rating__gte=5)
n0 = len(connection.queries)
repr(qs)
list(qs)
print(len(connection.queries) - n0)
print(qs.count(), qs.exists(), len(qs), bool(qs), qs.first() is not None)
print(len(connection.queries) - n0)
qs2 = Entry.objects.filter(rating__gte=5)
for e in qs2:
    break
print(qs2._result_cache is not None, len(qs2._result_cache))
qs3 = Entry.objects.all()
list(qs3.iterator())
print(qs3._result_cache)
qs4 = Entry.objects.order_by("pk")
qs4[0]
qs4[1:3]
print(qs4._result_cache, len(connection.queries) - n0)
list(qs4)
print(qs4[0].pk, qs4[1:3], len(connection.queries) - n0)
result = len(connection.queries) - n0
