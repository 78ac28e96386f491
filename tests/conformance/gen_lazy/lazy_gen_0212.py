import pickle
from django.db import connection
from blog.models import Entry, Blog, Author
qs = Entry.objects.filter(rating__gte=5)
out = []
n = len(connection.queries)
try:
    v = qs[0].pk
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs[0].pk', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs.filter(pk__gt=3).exists()
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.filter(pk__gt=3).exists()', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = [o.headline for o in qs[:2]] if qs.model is Entry else None
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('[o.headline for o in qs[:2]] if qs.model is Entry else None', v, len(connection.queries) - n))
for row in out:
    print(*row)
result = len(connection.queries)
