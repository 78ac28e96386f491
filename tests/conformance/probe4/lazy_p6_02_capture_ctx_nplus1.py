# Counting the N+1 queries of a loop over entries touching entry.blog.
from django.test.utils import CaptureQueriesContext
from django.db import connection
from blog.models import Entry
with CaptureQueriesContext(connection) as ctx:
    out = [(e.headline, e.blog.name) for e in Entry.objects.order_by("id")[:4]]
result = (len(ctx), [q["sql"] for q in ctx.captured_queries], out)
