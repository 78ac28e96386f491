from blog.models import Entry
from django.db import connection
qs = Entry.objects.order_by("id").values_list("id", flat=True)
evens = qs[1:12:2]
result = (type(evens).__name__, evens, [q["sql"] for q in connection.queries])
