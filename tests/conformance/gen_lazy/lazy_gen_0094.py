import pickle
from django.db import connection
from blog.models import Entry, Blog, Author
qs = Entry.objects.filter(pub_date__year=2007).defer("body_text")
out = []
n = len(connection.queries)
try:
    v = qs.filter(pk__gt=3).exists()
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.filter(pk__gt=3).exists()', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs.get(pk=1).pk
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.get(pk=1).pk', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs[2:4].count()
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs[2:4].count()', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs._result_cache is None
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs._result_cache is None', v, len(connection.queries) - n))
for row in out:
    print(*row)
result = len(connection.queries)
