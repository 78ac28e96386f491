# Unpickling an evaluated QuerySet brings its cache along: evaluating it runs no query.
import pickle
from django.db import connection
from blog.models import Entry

qs = Entry.objects.filter(blog_id=1).order_by("id")
list(qs)
before = len(connection.queries)
qs2 = pickle.loads(pickle.dumps(qs))
ids = [e.id for e in qs2]
result = (before, len(connection.queries), ids, qs2.count())
