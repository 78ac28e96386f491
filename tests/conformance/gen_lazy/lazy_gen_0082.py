import pickle
from django.db import connection
from blog.models import Entry, Blog, Author
qs = Entry.objects.filter(blog__name__startswith="D").defer("body_text")
out = []
n = len(connection.queries)
try:
    v = [o.body_text[:5] for o in qs[:2]] if qs.model is Entry else None
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('[o.body_text[:5] for o in qs[:2]] if qs.model is Entry else None', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = len(qs)
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('len(qs)', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs.exists()
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.exists()', v, len(connection.queries) - n))
for row in out:
    print(*row)
result = len(connection.queries)
