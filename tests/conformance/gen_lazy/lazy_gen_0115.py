import pickle
from django.db import connection
from blog.models import Entry, Blog, Author
qs = Blog.objects.all().order_by("-pk")
out = []
n = len(connection.queries)
try:
    v = len(qs)
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('len(qs)', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs.all().count()
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.all().count()', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = [o.pk for o in qs][:4]
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('[o.pk for o in qs][:4]', v, len(connection.queries) - n))
for row in out:
    print(*row)
result = len(connection.queries)
