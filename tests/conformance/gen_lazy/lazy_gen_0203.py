import pickle
from django.db import connection
from blog.models import Entry, Blog, Author
qs = Entry.objects.exclude(headline__contains="o").select_related("blog")
out = []
n = len(connection.queries)
try:
    v = [getattr(o, "blog", None) and o.blog.name for o in qs[:2]] if qs.model is Entry else None
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('[getattr(o, "blog", None) and o.blog.name for o in qs[:2]] if qs.model is Entry else None', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs.last() and qs.last().pk
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.last() and qs.last().pk', v, len(connection.queries) - n))
n = len(connection.queries)
try:
    v = qs.values_list("pk", flat=True)[:3]
except Exception as e:
    v = '%s: %s' % (type(e).__name__, e)
out.append(('qs.values_list("pk", flat=True)[:3]', v, len(connection.queries) - n))
for row in out:
    print(*row)
result = len(connection.queries)
