import pickle
from django.db import connection
from blog.models import Entry, Blog, Author
qs = Entry.objects.none().select_related("blog")
out = []
n = len(connection.queries)
try:
    v = [len(o.authors.all()) for o in qs[:3]] if qs.model is Entry else None
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('[len(o.authors.all()) for o in qs[:3]] if qs.model is Entry else None', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs.exists()
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.exists()', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs.first() and qs.first().pk
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.first() and qs.first().pk', v, len(connection.queries) - n))
for row in out:
    print(*row)
result = len(connection.queries)
