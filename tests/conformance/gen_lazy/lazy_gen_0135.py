import pickle
from django.db import connection
from blog.models import Entry, Blog, Author
qs = Blog.objects.all().distinct()
out = []
n = len(connection.queries)
try:
    v = qs[2:4].count()
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs[2:4].count()', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs.last() and qs.last().pk
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.last() and qs.last().pk', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = [len(o.authors.all()) for o in qs[:3]] if qs.model is Entry else None
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('[len(o.authors.all()) for o in qs[:3]] if qs.model is Entry else None', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = len(list(qs))
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('len(list(qs))', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = len(qs)
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('len(qs)', v, len(connection.queries) - n))
for row in out:
    print(*row)
result = len(connection.queries)
