# A multi-line chain and a one-line chain run the same number of queries for count() and exists().
from django.db import connection
from blog.models import Entry

def run(qs):
    n = len(connection.queries)
    out = (qs.count(), qs.exists())
    return out, len(connection.queries) - n, [q["sql"] for q in connection.queries[n:]]

a = run(Entry.objects.filter(blog__name__startswith="D").exclude(rating=5).order_by("-id"))
b = run(
    Entry.objects
         .filter(blog__name__startswith="D")
         .exclude(rating=5)
         .order_by("-id")
)
result = (a == b, a)
