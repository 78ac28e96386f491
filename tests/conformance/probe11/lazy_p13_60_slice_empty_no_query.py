# qs[0:0] and qs[3:3] are empty without a query; qs[5:2] too.
from django.db import connection
from blog.models import Entry

a = list(Entry.objects.order_by("id")[0:0])
b = list(Entry.objects.order_by("id")[3:3])
c = Entry.objects.order_by("id")[3:3].count()
result = (a, b, c, len(connection.queries))
