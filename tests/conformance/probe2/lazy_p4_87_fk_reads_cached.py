# Reading entry.blog twice runs one query; blog.entry_set twice runs two.
from django.db import connection
from blog.models import Entry

e = Entry.objects.get(pk=1)
a = e.blog
b = e.blog
n = len(connection.queries)
c1 = e.blog.entry_set.count()
c2 = e.blog.entry_set.count()
result = (a is b, n, len(connection.queries))
