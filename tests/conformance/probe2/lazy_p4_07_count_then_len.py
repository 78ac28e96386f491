# count() does not fill the cache: len() afterwards runs the SELECT.
from django.db import connection
from blog.models import Entry

qs = Entry.objects.filter(rating__lt=4)
c = qs.count()
n = len(qs)
result = (c, n, len(connection.queries))
