import pickle
from django.db import connection
from blog.models import Entry, Blog, Author
qs = Entry.objects.filter(rating__gte=5).defer("body_text")
out = []
n = len(connection.queries)
try:
    v = [len(o.authors.all()) for o in qs[:3]] if qs.model is Entry else None
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('[len(o.authors.all()) for o in qs[:3]] if qs.model is Entry else None', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs[0].pk
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs[0].pk', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs.values_list("pk", flat=True)[:3]
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.values_list("pk", flat=True)[:3]', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = any(True for _ in qs)
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('any(True for _ in qs)', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs[2:4].count()
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs[2:4].count()', v, len(connection.queries) - n))
for row in out:
    print(*row)
result = len(connection.queries)
