from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.core import serializers
from blog.models import Entry
with CaptureQueriesContext(connection) as ctx:
    s = serializers.serialize("json", Entry.objects.order_by("id")[:2])
result = (s, [q["sql"] for q in ctx.captured_queries])
