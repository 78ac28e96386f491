import pickle
from django.db import connection
from blog.models import Entry, Blog, Author
qs = Entry.objects.filter(pub_date__year=2007).only("headline")
out = []
n = len(connection.queries)
try:
    v = qs.last() and qs.last().pk
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.last() and qs.last().pk', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs._result_cache is None
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs._result_cache is None', v, len(connection.queries) - n))
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
n = len(connection.queries)
try:
    v = [len(o.authors.all()) for o in qs[:3]] if qs.model is Entry else None
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('[len(o.authors.all()) for o in qs[:3]] if qs.model is Entry else None', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs[:5][0].pk
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs[:5][0].pk', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = len(repr(qs)) > 0
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('len(repr(qs)) > 0', v, len(connection.queries) - n))
for row in out:
    print(*row)
result = len(connection.queries)
