import pickle
from django.db import connection
from blog.models import Entry, Blog, Author
qs = Entry.objects.filter(rating__gte=5).select_related("blog")
out = []
n = len(connection.queries)
try:
    v = len(list(qs))
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('len(list(qs))', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = any(True for _ in qs)
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('any(True for _ in qs)', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs.all().count()
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.all().count()', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs[0].pk
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs[0].pk', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = [o.pk for o in qs][:4]
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('[o.pk for o in qs][:4]', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs[2:4].count()
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs[2:4].count()', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs.values_list("pk", flat=True)[:3]
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.values_list("pk", flat=True)[:3]', v, len(connection.queries) - n))
for row in out:
    print(*row)
result = len(connection.queries)
