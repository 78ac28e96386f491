import pickle
from django.db import connection
from blog.models import Entry, Blog, Author
qs = Entry.objects.filter(rating__gte=0).reverse()
out = []
n = len(connection.queries)
try:
    v = [o.pk for o in qs[1:3]]
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('[o.pk for o in qs[1:3]]', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs.filter(pk__gt=3).exists()
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.filter(pk__gt=3).exists()', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs.first() and qs.first().pk
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.first() and qs.first().pk', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = [o.pk for o in qs[::2]][:3]
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('[o.pk for o in qs[::2]][:3]', v, len(connection.queries) - n))
for row in out:
    print(*row)
result = len(connection.queries)
