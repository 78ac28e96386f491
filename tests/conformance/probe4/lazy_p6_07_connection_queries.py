from django.db import connection, reset_queries
from blog.models import Blog
reset_queries()
list(Blog.objects.filter(name__icontains="blog"))
result = (len(connection.queries), [q["sql"] for q in connection.queries])
