from blog.models import Blog, Entry, Author
import pickle
from django.db import connection
b = Blog.objects.prefetch_related("entry_set").get(id=1)
b2 = pickle.loads(pickle.dumps(b))
n = len(connection.queries)
x = len(b2.entry_set.all())
result = (n, len(connection.queries), x)
