from django.db import connection, reset_queries
from blog.models import Entry

def count_queries(fn):
    reset_queries()
    value = fn()
    return value, len(connection.queries)

a = count_queries(lambda: [e.blog.name for e in Entry.objects.order_by("id")[:5]])
b = count_queries(lambda: [e.blog.name for e in Entry.objects.select_related("blog").order_by("id")[:5]])
result = (a[0] == b[0], a[1], b[1])
