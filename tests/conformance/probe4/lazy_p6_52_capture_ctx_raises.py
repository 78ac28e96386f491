from django.test.utils import CaptureQueriesContext
from django.db import connection
from blog.models import Blog
ctx = CaptureQueriesContext(connection)
try:
    with ctx:
        Blog.objects.get(pk=1)
        Blog.objects.get(pk=99)
except Blog.DoesNotExist:
    pass
Blog.objects.count()
result = (ctx.final_queries, len(ctx))
