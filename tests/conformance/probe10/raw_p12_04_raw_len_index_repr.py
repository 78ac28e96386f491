from django.db import connection, reset_queries
from blog.models import Blog
rqs = Blog.objects.raw("SELECT * FROM blog_blog ORDER BY name")
reset_queries()
n = len(rqs)
first = rqs[0]
last = rqs[n - 1]
result = (n, first.name, last.name, repr(rqs), len(connection.queries))
