import pickle
from django.db import connection
from blog.models import Entry, Blog, Author
qs = Entry.objects.exclude(headline__contains="o").prefetch_related("authors")
out = []
n = len(connection.queries)
try:
    v = qs._result_cache is None
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs._result_cache is None', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = bool(qs)
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('bool(qs)', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = any(True for _ in qs)
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('any(True for _ in qs)', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = len(list(qs))
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('len(list(qs))', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs.count()
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.count()', v, len(connection.queries) - n))
for row in out:
    print(*row)
result = len(connection.queries)
