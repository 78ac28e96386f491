from blog.models import Blog, Entry, Author
import pickle
from django.db import connection
qs = Entry.objects.filter(rating__gte=5).order_by("id")
qs2 = pickle.loads(pickle.dumps(qs))
result = (len(connection.queries), [e.id for e in qs2], len(connection.queries))
