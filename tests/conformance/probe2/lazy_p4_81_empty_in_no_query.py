# filter(pk__in=[]) runs no query at all.
from django.db import connection
from blog.models import Entry

qs = Entry.objects.filter(pk__in=[])
result = (list(qs), qs.count(), qs.exists(), len(connection.queries))
