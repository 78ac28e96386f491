from blog.models import Blog, Entry, Author
from django.db import connection
r = Entry.objects.order_by("id")[0:5:2]
result = (type(r).__name__, [e.id for e in r], len(connection.queries), connection.queries[-1]["sql"])
