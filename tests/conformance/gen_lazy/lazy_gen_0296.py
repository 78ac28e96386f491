import pickle
from django.db import connection
from blog.models import Entry, Blog, Author
qs = Entry.objects.filter(pub_date__year=2007).defer("body_text")
out = []
n = len(connection.queries)
try:
    v = qs[0].pk
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs[0].pk', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = [o.pk for o in qs[1:3]]
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('[o.pk for o in qs[1:3]]', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs.all().count()
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.all().count()', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = bool(qs)
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('bool(qs)', v, len(connection.queries) - n))
for row in out:
    print(*row)
result = len(connection.queries)
