from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.db.models import Count
from blog.models import Blog
with CaptureQueriesContext(connection) as loop_ctx:
    loop = {b.name: b.entry_set.count() for b in Blog.objects.order_by("id")}
with CaptureQueriesContext(connection) as orm_ctx:
    orm = {b.name: b.n for b in Blog.objects.annotate(n=Count("entry")).order_by("id")}
result = (loop == orm, len(loop_ctx), len(orm_ctx), orm)
