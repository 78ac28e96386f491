from django.db import connection, reset_queries
from django.core.paginator import Paginator
from blog.models import Entry
reset_queries()
p = Paginator(Entry.objects.order_by("id"), 3)
page = p.page(2)
a = len(connection.queries)
n = len(page)
b = len(connection.queries)
first = page[0]
c = len(connection.queries)
ids = [e.id for e in page]
d = len(connection.queries)
result = (a, n, b, first.id, c, ids, d, type(page.object_list).__name__)
