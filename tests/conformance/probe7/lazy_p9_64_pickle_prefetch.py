from blog.models import Blog, Entry, Author
import pickle
from django.db import connection
qs = Blog.objects.prefetch_related("entry_set").order_by("id")
list(qs)
qs2 = pickle.loads(pickle.dumps(qs))
n = len(connection.queries)
out = [len(b.entry_set.all()) for b in qs2]
result = (n, len(connection.queries), out)
