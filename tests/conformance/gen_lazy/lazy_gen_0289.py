import pickle
from django.db import connection
from blog.models import Entry, Blog, Author
qs = Entry.objects.filter(rating__gte=0).defer("body_text")
out = []
n = len(connection.queries)
try:
    v = pickle.loads(pickle.dumps(qs)).count()
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('pickle.loads(pickle.dumps(qs)).count()', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs._result_cache is None
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs._result_cache is None', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs.exists()
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.exists()', v, len(connection.queries) - n))
for row in out:
    print(*row)
result = len(connection.queries)
