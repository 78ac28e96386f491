from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.shortcuts import get_object_or_404
from blog.models import Entry
with CaptureQueriesContext(connection) as ctx:
    e = get_object_or_404(Entry.objects.select_related("blog"), pk=2)
    name = e.blog.name
result = (name, [q["sql"] for q in ctx.captured_queries])
