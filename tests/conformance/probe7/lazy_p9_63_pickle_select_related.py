from blog.models import Blog, Entry, Author
import pickle
from django.db import connection
qs = Entry.objects.select_related("blog").order_by("id")
list(qs)
qs2 = pickle.loads(pickle.dumps(qs))
n = len(connection.queries)
names = [e.blog.name for e in qs2]
result = (n, len(connection.queries), names[:2], str(qs2.query) == str(qs.query))
