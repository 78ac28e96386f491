import pickle
from django.db import connection
from blog.models import Entry, Blog, Author
qs = Entry.objects.filter(pub_date__year=2007).prefetch_related("authors")
out = []
n = len(connection.queries)
try:
    v = pickle.loads(pickle.dumps(qs)).count()
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('pickle.loads(pickle.dumps(qs)).count()', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs.order_by("pk")[3:].first() and qs.order_by("pk")[3:].first().pk
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.order_by("pk")[3:].first() and qs.order_by("pk")[3:].first().pk', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs._result_cache is None
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs._result_cache is None', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs.last() and qs.last().pk
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.last() and qs.last().pk', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = [getattr(o, "blog", None) and o.blog.name for o in qs[:2]] if qs.model is Entry else None
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('[getattr(o, "blog", None) and o.blog.name for o in qs[:2]] if qs.model is Entry else None', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs.exists()
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.exists()', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = any(True for _ in qs)
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('any(True for _ in qs)', v, len(connection.queries) - n))
for row in out:
    print(*row)
result = len(connection.queries)
