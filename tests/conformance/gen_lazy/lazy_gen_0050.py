import pickle
from django.db import connection
from blog.models import Entry, Blog, Author
qs = Entry.objects.none().select_related("blog")
out = []
n = len(connection.queries)
try:
    v = qs.count()
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.count()', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = [o.headline for o in qs[:2]] if qs.model is Entry else None
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('[o.headline for o in qs[:2]] if qs.model is Entry else None', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs.filter(pk__gt=3).exists()
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.filter(pk__gt=3).exists()', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = pickle.loads(pickle.dumps(qs)).count()
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('pickle.loads(pickle.dumps(qs)).count()', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = any(True for _ in qs)
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('any(True for _ in qs)', v, len(connection.queries) - n))
for row in out:
    print(*row)
result = len(connection.queries)
