import pickle
from django.db import connection
from blog.models import Entry, Blog, Author
qs = Blog.objects.all()
out = []
n = len(connection.queries)
try:
    v = qs.get(pk=1).pk
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.get(pk=1).pk', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = len(list(qs))
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('len(list(qs))', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs._result_cache is None
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs._result_cache is None', v, len(connection.queries) - n))
for row in out:
    print(*row)
result = len(connection.queries)
