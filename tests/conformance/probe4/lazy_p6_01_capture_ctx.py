# CaptureQueriesContext, the way instructors count queries.
from django.test.utils import CaptureQueriesContext
from django.db import connection
from blog.models import Blog
with CaptureQueriesContext(connection) as ctx:
    names = [b.name for b in Blog.objects.all()]
result = (len(ctx), ctx.captured_queries[0]["sql"], names)
