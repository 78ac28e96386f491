import pickle
from django.db import connection
from blog.models import Entry, Blog, Author
qs = Entry.objects.exclude(headline__contains="o").order_by("rating", "pk")
out = []
n = len(connection.queries)
try:
    v = qs.order_by("pk")[3:].first() and qs.order_by("pk")[3:].first().pk
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.order_by("pk")[3:].first() and qs.order_by("pk")[3:].first().pk', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs[0].pk
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs[0].pk', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = [o.headline for o in qs[:2]] if qs.model is Entry else None
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('[o.headline for o in qs[:2]] if qs.model is Entry else None', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs.count()
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.count()', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs.get(pk=1).pk
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.get(pk=1).pk', v, len(connection.queries) - n))
for row in out:
    print(*row)
result = len(connection.queries)
