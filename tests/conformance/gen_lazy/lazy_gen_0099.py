import pickle
from django.db import connection
from blog.models import Entry, Blog, Author
qs = Entry.objects.filter(rating__gte=5).select_related("blog")
out = []
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
n = len(connection.queries)
try:
    v = qs.filter(pk__gt=3).exists()
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.filter(pk__gt=3).exists()', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = len(list(qs))
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('len(list(qs))', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = sorted(o.pk for o in qs)[:3]
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('sorted(o.pk for o in qs)[:3]', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = bool(qs)
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('bool(qs)', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs[0].pk
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs[0].pk', v, len(connection.queries) - n))
for row in out:
    print(*row)
result = len(connection.queries)
