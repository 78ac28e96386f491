import pickle
from django.db import connection
from blog.models import Entry, Blog, Author
qs = Entry.objects.none().only("headline")
out = []
n = len(connection.queries)
try:
    v = qs.count()
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.count()', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs[:5][0].pk
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs[:5][0].pk', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = [len(o.authors.all()) for o in qs[:3]] if qs.model is Entry else None
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('[len(o.authors.all()) for o in qs[:3]] if qs.model is Entry else None', v, len(connection.queries) - n))
for row in out:
    print(*row)
result = len(connection.queries)
