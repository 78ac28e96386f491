import pickle
from django.db import connection
from blog.models import Entry, Blog, Author
qs = Entry.objects.filter(blog__name__startswith="D").reverse()
out = []
n = len(connection.queries)
try:
    v = bool(qs)
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('bool(qs)', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs.last() and qs.last().pk
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.last() and qs.last().pk', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs.get(pk=1).pk
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.get(pk=1).pk', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs.values_list("pk", flat=True)[:3]
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.values_list("pk", flat=True)[:3]', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs.exists()
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.exists()', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = len(qs)
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('len(qs)', v, len(connection.queries) - n))
for row in out:
    print(*row)
result = len(connection.queries)
