from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.core import serializers
from blog.models import Entry
with CaptureQueriesContext(connection) as ctx:
    data = serializers.serialize("python", Entry.objects.prefetch_related("authors").filter(pk__in=[1, 2, 3]).order_by("id"))
result = (data, len(ctx))
