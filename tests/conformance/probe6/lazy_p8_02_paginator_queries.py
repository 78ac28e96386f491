from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.core.paginator import Paginator
from blog.models import Entry
with CaptureQueriesContext(connection) as ctx:
    p = Paginator(Entry.objects.order_by("id"), 3)
    page = p.get_page(2)
    ids = [e.id for e in page]
    ids2 = [e.id for e in page]
result = (ids, ids2, [q["sql"] for q in ctx.captured_queries])
