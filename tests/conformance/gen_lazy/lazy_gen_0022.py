import pickle
from django.db import connection
from blog.models import Entry, Blog, Author
qs = Entry.objects.filter(pk__in=[]).defer("body_text")
out = []
n = len(connection.queries)
try:
    v = [getattr(o, "blog", None) and o.blog.name for o in qs[:2]] if qs.model is Entry else None
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('[getattr(o, "blog", None) and o.blog.name for o in qs[:2]] if qs.model is Entry else None', v, len(connection.queries) - n))
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
    v = [o.body_text[:5] for o in qs[:2]] if qs.model is Entry else None
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('[o.body_text[:5] for o in qs[:2]] if qs.model is Entry else None', v, len(connection.queries) - n))
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
