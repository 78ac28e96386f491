import pickle
from django.db import connection
from blog.models import Entry, Blog, Author
qs = Entry.objects.filter(rating__gte=0).select_related("blog")
out = []
n = len(connection.queries)
try:
    v = qs[:5][0].pk
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs[:5][0].pk', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs[2:4].count()
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs[2:4].count()', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = [getattr(o, "blog", None) and o.blog.name for o in qs[:2]] if qs.model is Entry else None
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('[getattr(o, "blog", None) and o.blog.name for o in qs[:2]] if qs.model is Entry else None', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs.exists()
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.exists()', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = [o.pk for o in qs[1:3]]
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('[o.pk for o in qs[1:3]]', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs.get(pk=1).pk
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.get(pk=1).pk', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs.count()
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.count()', v, len(connection.queries) - n))
for row in out:
    print(*row)
result = len(connection.queries)
