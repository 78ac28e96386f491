from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.core.paginator import Paginator
from blog.models import Entry
with CaptureQueriesContext(connection) as ctx:
    p = Paginator(Entry.objects.values("blog_id").distinct().order_by("blog_id"), 2)
    c = p.count
    rows = list(p.page(2))
result = (c, rows, [q["sql"] for q in ctx.captured_queries])
