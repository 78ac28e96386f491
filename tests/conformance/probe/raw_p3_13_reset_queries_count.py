# reset_queries() empties connection.queries; each ORM call appends one entry.
from django.db import connection, reset_queries
from blog.models import Blog

list(Blog.objects.all())
reset_queries()
Blog.objects.count()
Blog.objects.exists()
result = (len(connection.queries), sorted(connection.queries[0].keys()))
