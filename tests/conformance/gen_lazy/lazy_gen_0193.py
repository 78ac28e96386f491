import pickle
from django.db import connection
from blog.models import Entry, Blog, Author
qs = Entry.objects.filter(pub_date__year=2007).reverse()
out = []
n = len(connection.queries)
try:
    v = qs[:5][0].pk
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs[:5][0].pk', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = any(True for _ in qs)
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('any(True for _ in qs)', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = len(qs)
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('len(qs)', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs.in_bulk([1, 2, 3]) and sorted(qs.in_bulk([1, 2, 3]))
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.in_bulk([1, 2, 3]) and sorted(qs.in_bulk([1, 2, 3]))', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs.first() and qs.first().pk
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.first() and qs.first().pk', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs.filter(pk__gt=3).exists()
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.filter(pk__gt=3).exists()', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs.order_by("pk")[3:].first() and qs.order_by("pk")[3:].first().pk
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.order_by("pk")[3:].first() and qs.order_by("pk")[3:].first().pk', v, len(connection.queries) - n))
for row in out:
    print(*row)
result = len(connection.queries)
