# only(): reading a deferred field loads it with one query per instance.
from django.db import connection
from blog.models import Entry

es = list(Entry.objects.only("headline").filter(blog_id=1).order_by("id")[:3])
n = len(connection.queries)
ratings = [e.rating for e in es]
again = [e.rating for e in es]
result = (n, len(connection.queries), ratings == again)
