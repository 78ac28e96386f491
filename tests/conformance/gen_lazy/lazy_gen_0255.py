import pickle
from django.db import connection
from blog.models import Entry, Blog, Author
qs = Entry.objects.none().reverse()
out = []
n = len(connection.queries)
try:
    v = len(qs)
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('len(qs)', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs[0].pk
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs[0].pk', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs.last() and qs.last().pk
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.last() and qs.last().pk', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = len(repr(qs)) > 0
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('len(repr(qs)) > 0', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = [o.pk for o in qs[1:3]]
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('[o.pk for o in qs[1:3]]', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = [o.pk for o in qs][:4]
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('[o.pk for o in qs][:4]', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = any(True for _ in qs)
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('any(True for _ in qs)', v, len(connection.queries) - n))
for row in out:
    print(*row)
result = len(connection.queries)
