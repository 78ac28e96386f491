from django.test.utils import CaptureQueriesContext
from django.db import connection, reset_queries
from blog.models import Blog
Blog.objects.count()
with CaptureQueriesContext(connection) as ctx:
    Blog.objects.count()
    Blog.objects.count()
result = (ctx.initial_queries, ctx.final_queries, len(ctx))
