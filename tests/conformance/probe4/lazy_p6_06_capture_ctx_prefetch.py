from django.test.utils import CaptureQueriesContext
from django.db import connection
from blog.models import Blog
with CaptureQueriesContext(connection) as ctx:
    out = {b.name: len(b.entry_set.all()) for b in Blog.objects.prefetch_related("entry_set")}
result = (len(ctx), out)
