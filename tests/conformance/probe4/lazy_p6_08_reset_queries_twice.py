from django.db import connection, reset_queries
from blog.models import Blog
Blog.objects.count()
reset_queries()
Blog.objects.first()
result = [q["sql"] for q in connection.queries]
