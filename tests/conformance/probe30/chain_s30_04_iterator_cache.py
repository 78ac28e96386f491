from django.db import connection, reset_queries
from django.test.utils import CaptureQueriesContext
from blog.models import Entry
qs = Entry.objects.filter(rating__gte=3).order_by("pk")
with CaptureQueriesContext(connection) as ctx:
    a = [e.pk for e in qs.iterator(chunk_size=2)][:3]
    b = [e.pk for e in qs.iterator()][:3]
    print(qs._result_cache is None)
    c = len(qs)
    d = qs.count()
    e = bool(qs)
    f = qs.exists()
print(len(ctx.captured_queries))
for q in ctx.captured_queries:
    print(q["sql"])
result = [a, b, c, d, e, f]
