from django.test.utils import CaptureQueriesContext
from django.db import connection
from blog.models import Blog
ctx = CaptureQueriesContext(connection)
with ctx:
    Blog.objects.count()
    Blog.objects.exists()
q = ctx.captured_queries
result = (len(ctx), ctx.initial_queries, ctx.final_queries, sorted(q[0].keys()), type(q[0]["time"]).__name__, ctx[1]["sql"])
