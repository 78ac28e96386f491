import pickle
from django.db import connection
from blog.models import Entry, Blog, Author
qs = Entry.objects.filter(blog__name__startswith="D").only("headline")
out = []
n = len(connection.queries)
try:
    v = qs._result_cache is None
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs._result_cache is None', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = [o.pk for o in qs[::2]][:3]
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('[o.pk for o in qs[::2]][:3]', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs.values_list("pk", flat=True)[:3]
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.values_list("pk", flat=True)[:3]', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs.filter(pk__gt=3).exists()
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.filter(pk__gt=3).exists()', v, len(connection.queries) - n))
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
    v = sorted(o.pk for o in qs)[:3]
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('sorted(o.pk for o in qs)[:3]', v, len(connection.queries) - n))
for row in out:
    print(*row)
result = len(connection.queries)
