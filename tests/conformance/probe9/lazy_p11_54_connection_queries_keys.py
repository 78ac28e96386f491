from blog.models import Blog
from django.db import connection
list(Blog.objects.all()[:1])
q = connection.queries[-1]
result = (sorted(q.keys()), type(q["time"]).__name__, len(connection.queries))
