from django.db import connection, reset_queries
from blog.models import Blog
reset_queries()
ids = [1, 3, 5]
loop = [Blog.objects.get(pk=i).name for i in ids]
n_loop = len(connection.queries)
bulk = Blog.objects.in_bulk(ids)
result = (loop == [bulk[i].name for i in ids], n_loop, len(connection.queries) - n_loop, connection.queries[-1]["sql"])
