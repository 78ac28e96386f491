import pickle
from django.db import connection
from blog.models import Entry, Blog, Author
qs = Entry.objects.filter(blog__name__startswith="D").defer("body_text")
out = []
n = len(connection.queries)
try:
    v = sorted(o.pk for o in qs)[:3]
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('sorted(o.pk for o in qs)[:3]', v, len(connection.queries) - n))
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
    v = [o.pk for o in qs[1:3]]
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('[o.pk for o in qs[1:3]]', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs.filter(pk__gt=3).exists()
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.filter(pk__gt=3).exists()', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = [getattr(o, "blog", None) and o.blog.name for o in qs[:2]] if qs.model is Entry else None
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('[getattr(o, "blog", None) and o.blog.name for o in qs[:2]] if qs.model is Entry else None', v, len(connection.queries) - n))
for row in out:
    print(*row)
result = len(connection.queries)
