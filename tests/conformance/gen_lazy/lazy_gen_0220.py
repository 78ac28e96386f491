import pickle
from django.db import connection
from blog.models import Entry, Blog, Author
qs = Entry.objects.filter(rating__gte=0).order_by("rating", "pk")
out = []
n = len(connection.queries)
try:
    v = sorted(o.pk for o in qs)[:3]
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('sorted(o.pk for o in qs)[:3]', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs.exists()
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.exists()', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = pickle.loads(pickle.dumps(qs)).count()
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('pickle.loads(pickle.dumps(qs)).count()', v, len(connection.queries) - n))
for row in out:
    print(*row)
result = len(connection.queries)
