import pickle
from django.db import connection
from blog.models import Entry, Blog, Author
qs = Entry.objects.filter(blog__name__startswith="D").distinct()
out = []
n = len(connection.queries)
try:
    v = qs.first() and qs.first().pk
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.first() and qs.first().pk', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = [o.body_text[:5] for o in qs[:2]] if qs.model is Entry else None
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('[o.body_text[:5] for o in qs[:2]] if qs.model is Entry else None', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs.in_bulk([1, 2, 3]) and sorted(qs.in_bulk([1, 2, 3]))
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.in_bulk([1, 2, 3]) and sorted(qs.in_bulk([1, 2, 3]))', v, len(connection.queries) - n))
for row in out:
    print(*row)
result = len(connection.queries)
