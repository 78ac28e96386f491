from django.test.utils import CaptureQueriesContext
from django.db import connection
from blog.models import Entry
with CaptureQueriesContext(connection) as ctx:
    out = [(e.headline, e.blog.name) for e in Entry.objects.select_related("blog").order_by("id")[:4]]
result = (len(ctx), out)
