import pickle
from django.db import connection
from blog.models import Entry, Blog, Author
qs = Entry.objects.none().defer("body_text")
out = []
n = len(connection.queries)
try:
    v = qs.in_bulk([1, 2, 3]) and sorted(qs.in_bulk([1, 2, 3]))
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.in_bulk([1, 2, 3]) and sorted(qs.in_bulk([1, 2, 3]))', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs.values_list("pk", flat=True)[:3]
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.values_list("pk", flat=True)[:3]', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs.all().count()
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.all().count()', v, len(connection.queries) - n))
for row in out:
    print(*row)
result = len(connection.queries)
