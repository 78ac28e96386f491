import pickle
from django.db import connection
from blog.models import Entry, Blog, Author
qs = Entry.objects.filter(blog__name__startswith="D").reverse()
out = []
n = len(connection.queries)
try:
    v = sorted(o.pk for o in qs)[:3]
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('sorted(o.pk for o in qs)[:3]', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs.last() and qs.last().pk
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.last() and qs.last().pk', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs.first() and qs.first().pk
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.first() and qs.first().pk', v, len(connection.queries) - n))
for row in out:
    print(*row)
result = len(connection.queries)
